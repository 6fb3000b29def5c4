package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newspipeline.learn.LinearModel;

class RootModelTest {

    private static final String STORY = """
            <p>The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.</p>
            <p>Engineers said the work would take two years and cost about twelve million pounds in all.</p>
            <p>The mayor said the bridge had been closed to lorries since the spring because of cracks.</p>
            """;

    /** A page whose longest prose is a notice in a side box, and whose story is shorter, in an article element. */
    private static final String PAGE = "<div><div><p id='notice'>" + "Our site uses small files, as most sites do, to"
            + " remember your settings, to count visits, to show offers, and, with your leave, to share them."
            .repeat(4) + "</p></div></div><div><div><article id='story'>" + STORY + "</article></div></div>";

    private static LinearModel weighing(String feature, double weight) {
        double[] w = new double[RootModel.FEATURES.size()];
        w[RootModel.FEATURES.indexOf(feature)] = weight;
        return RootModel.of(w);
    }

    private static String root(LinearModel model, String html) {
        return new ContentFinder(model).find(BlockSplitter.split(Jsoup.parse(html).body())).root().id();
    }

    @Test
    void theModelNotTheHandSetScoreChoosesTheRoot() {
        assertEquals("notice", root(null, PAGE));
        assertEquals("notice", root(weighing("hand_set_best", 1), PAGE));
        assertEquals("story", root(weighing("article_tag", 1), PAGE));
    }

    @Test
    void candidatesHoldTheBlocksOfTheirContainers() {
        PageCandidates page = new HtmlExtractor(null).candidates("<html><body>" + PAGE + "</body></html>");
        assertEquals(4, page.blocks().size());
        int handSet = RootModel.FEATURES.indexOf("hand_set_best");
        int share = RootModel.FEATURES.indexOf("text_share");
        int article = RootModel.FEATURES.indexOf("article_tag");
        List<RootCandidate> best = page.candidates().stream().filter(c -> c.features()[handSet] == 1).toList();
        assertEquals(1, best.size());
        assertEquals(0, best.get(0).firstBlock());
        assertEquals(1, best.get(0).endBlock());
        RootCandidate story = page.candidates().stream().filter(c -> c.features()[article] == 1).findFirst()
                .orElseThrow();
        assertEquals(1, story.firstBlock());
        assertEquals(4, story.endBlock());
        assertEquals(1.0, best.get(0).features()[share] + story.features()[share], 1e-9);
        assertTrue(story.features()[share] > 0.2 && story.features()[share] < 0.5, () -> Arrays.toString(
                story.features()));
    }

    @Test
    void proseFeaturesCountOnlyBlocksThatRunAsSentences() {
        String links = "<ul id='menu'><li>Home page of the site and all of its many sections</li>"
                + "<li>Weather</li><li>Sport and games</li></ul>";
        PageCandidates page = new HtmlExtractor(null).candidates("<html><body>" + links + "<article id='story'>"
                + STORY + "</article></body></html>");
        int proseShare = RootModel.FEATURES.indexOf("prose_share");
        int proseDensity = RootModel.FEATURES.indexOf("prose_density");
        int article = RootModel.FEATURES.indexOf("article_tag");
        RootCandidate story = page.candidates().stream().filter(c -> c.features()[article] == 1).findFirst()
                .orElseThrow();
        assertEquals(1.0, story.features()[proseShare], 1e-9);
        assertEquals(1.0, story.features()[proseDensity], 1e-9);
        for (RootCandidate c : page.candidates()) {
            if (c.endBlock() <= 3) {
                assertEquals(0.0, c.features()[proseShare], 1e-9, () -> Arrays.toString(c.features()));
            }
        }
    }

    @Test
    void writtenModelReadsBackTheSameWeights() throws IOException {
        double[] w = new double[RootModel.FEATURES.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = (k - 7) * 0.5;
        }
        StringWriter out = new StringWriter();
        RootModel.of(w).write(out, List.of("a test"));
        assertArrayEquals(w, RootModel.read(stream(out.toString())).weights(), 1e-9);
    }

    @Test
    void unknownFeatureMissingVersionWrongCountOrAnotherModelIsAnError() {
        assertThrows(IllegalStateException.class, () -> RootModel.read(stream("version\t1\nno_such_feature\t1\n")));
        assertThrows(IllegalStateException.class, () -> RootModel.read(stream("bias\t1\n")));
        StringBuilder earlier = new StringBuilder("version\t1\n");
        RootModel.FEATURES.forEach(f -> earlier.append(f).append("\t0\n"));
        assertThrows(IllegalStateException.class, () -> RootModel.read(stream(earlier.toString())));
        assertThrows(IllegalArgumentException.class, () -> RootModel.of(new double[2]));
        LinearModel other = new LinearModel(List.of("bias", "other"), new double[2], 1, "other model");
        assertThrows(IllegalArgumentException.class, () -> new HtmlExtractor(other));
    }

    @Test
    void theShippedModelLoads() {
        assertEquals(RootModel.FEATURES.size(), RootModel.standard().weights().length);
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
