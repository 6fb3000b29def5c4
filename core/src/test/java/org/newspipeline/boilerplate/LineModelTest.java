package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.NormalizedText;
import org.newspipeline.pipeline.TextNormalizer;

class LineModelTest {

    private static final String PAGE = String.join("\n",
            "Home",
            "News",
            "Sport",
            "Weather",
            "Contact",
            "Council votes to rebuild the old bridge",
            "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
            "Engineers said the work would take two years and cost about 12 million pounds in all.",
            "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.",
            "Residents who live near the bridge have complained for months about the noise of the traffic.",
            "Privacy",
            "Terms",
            "Cookies",
            "Jobs",
            "Advertise");

    /** A model that finds prose likely body (p 0.95) and other lines unlikely (p 0.27), not very unlikely. */
    private static LineModel proseModel() {
        return proseModel(-1);
    }

    private static LineModel proseModel(double bias) {
        double[] w = new double[LineModel.FEATURES.size()];
        w[LineModel.FEATURES.indexOf("bias")] = bias;
        w[LineModel.FEATURES.indexOf("prose")] = 4;
        return new LineModel(w);
    }

    private static BoilerplateRemover remover(LineModel model) {
        return new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
                ConfigResources.wordSet("boilerplate-cues.txt"), model, model);
    }

    @Test
    void writtenModelReadsBackTheSameWeights() throws IOException {
        double[] w = new double[LineModel.FEATURES.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = (k - 10) * 0.25;
        }
        StringWriter out = new StringWriter();
        new LineModel(w).write(out, List.of("a test"));
        LineModel back = LineModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(w, back.weights(), 1e-9);
    }

    @Test
    void unknownFeatureOrMissingVersionIsAnError() {
        assertThrows(IllegalStateException.class, () -> LineModel.read(stream("version\t1\nno_such_feature\t1\n")));
        assertThrows(IllegalStateException.class, () -> LineModel.read(stream("bias\t1\n")));
        assertThrows(IllegalStateException.class, () -> LineModel.read(stream("version\t999\n")));
        assertThrows(IllegalArgumentException.class, () -> new LineModel(new double[3]));
    }

    @Test
    void shippedModelsLoad() {
        assertNotNull(LineModel.text());
        assertNotNull(LineModel.html());
    }

    @Test
    void featureRowsCoverEveryLineWithOneValuePerFeature() {
        NormalizedText text = new TextNormalizer().apply(PAGE);
        List<BoilerplateRemover.FeatureRow> rows = remover(null).features(text, List.of());
        assertEquals(PAGE.split("\n").length, rows.size());
        for (BoilerplateRemover.FeatureRow row : rows) {
            assertEquals(LineModel.FEATURES.size(), row.values().length);
            assertEquals(1.0, row.values()[0]);
        }
        int prose = LineModel.FEATURES.indexOf("prose");
        assertEquals(1.0, rows.get(6).values()[prose]);
        assertEquals(0.0, rows.get(0).values()[prose]);
        assertEquals(1.0, rows.get(0).values()[LineModel.FEATURES.indexOf("menu_run")]);
    }

    @Test
    void modelThatFavoursProseKeepsTheArticleAndGivesEveryRemovedLineAReason() {
        NormalizedText text = new TextNormalizer().apply(PAGE);
        BodyText body = remover(proseModel()).apply(text);
        List<String> kept = body.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(kept.get(0).startsWith("Council votes"), kept.toString());
        assertTrue(kept.get(kept.size() - 1).startsWith("Residents"), kept.toString());
        assertFalse(kept.contains("Home"));
        assertFalse(kept.contains("Privacy"));
        for (Boilerplate b : body.boilerplate()) {
            assertNotNull(b.reason());
            assertEquals(b.text(), b.span().of(PAGE));
        }
        for (Paragraph p : body.paragraphs()) {
            assertEquals(p.text(), p.span().of(PAGE));
        }
    }

    private static final String HARBOUR = String.join("\n",
            "The harbour board met on Tuesday and agreed to dredge the western channel before the winter storms.",
            "Scenes from the quay at dawn",
            "Fishermen said the channel had silted up so badly that larger boats could only leave at high tide.");

    @Test
    void aLineInsideTheRegionGoesOnlyWhenTheModelFindsItVeryUnlikelyBody() {
        // a menu above and a footer below, so that the text has page furniture and the model reads it
        String page = String.join("\n", "Home", "News", "Sport", "Weather", "Contact", HARBOUR, "Privacy", "Terms",
                "Cookies", "Jobs", "Advertise");
        NormalizedText text = new TextNormalizer().apply(page);
        List<String> story = List.of(HARBOUR.split("\n"));
        // p of the middle line, a short line that is no prose: 0.27 with bias -1 (kept as a crosshead), 0.05 with
        // bias -3
        BodyText lenient = remover(proseModel(-1)).apply(text);
        assertEquals(story, lenient.paragraphs().stream().map(Paragraph::text).toList());
        BodyText strict = remover(proseModel(-3)).apply(text);
        assertEquals(List.of(story.get(0), story.get(2)), strict.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(story.get(1)), strict.boilerplate().stream()
                .filter(b -> b.reason() == BoilerplateReason.UNLIKELY_BODY).map(Boilerplate::text).toList());
    }

    /** A story in two parts with a block of furniture between them, a menu above and a footer below. */
    private static final List<String> SPLIT_STORY_PARTS = List.of(
            "The ferry company said on Friday that it would add a night crossing to the island from the spring.",
            "Islanders had asked for a later boat for years, so that they could work on the mainland and come home.",
            "The company expects the new crossing to carry about two hundred passengers on a busy summer evening.",
            "Share", "Tweet", "Email", "Print", "Related stories", "Subscribe",
            "Its chief executive said the night boat would run at a loss in its first winter at least.",
            "Privacy", "Terms", "Cookies", "Jobs", "Advertise");

    private static List<String> keptInTextMode(LineModel model) {
        List<String> lines = new java.util.ArrayList<>(List.of("Home", "News", "Sport", "Weather", "Contact"));
        lines.addAll(SPLIT_STORY_PARTS);
        BodyText body = remover(model).apply(new TextNormalizer().apply(String.join("\n", lines)));
        return body.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void inTextModeProseTheModelIsSureOfIsKeptOutsideTheRegion() {
        List<String> story = List.of(SPLIT_STORY_PARTS.get(0), SPLIT_STORY_PARTS.get(1), SPLIT_STORY_PARTS.get(2),
                SPLIT_STORY_PARTS.get(9));
        // prose at log-odds 3: the part after the furniture is kept as well, the furniture is not
        assertEquals(story, keptInTextMode(proseModel(-1)));
        // prose at log-odds 0.3, body but not sure enough: the region alone, the story's first part
        assertEquals(story.subList(0, 3), keptInTextMode(proseModel(-3.7)));
    }

    @Test
    void withTheShippedTextModelReaderCommentsStayOutOfTheBodyThoughTheyAreProse() {
        List<String> story = List.of(SPLIT_STORY_PARTS.get(0), SPLIT_STORY_PARTS.get(1), SPLIT_STORY_PARTS.get(2),
                "Its chief executive said the night boat would run at a loss in its first winter, but the council would"
                        + " help.");
        List<String> lines = new java.util.ArrayList<>(List.of("Home", "News", "Sport", "Weather", "Contact",
                "Ferry company adds a night crossing to the island", "By Ann Lee"));
        lines.addAll(story);
        lines.addAll(List.of("Share this:", "Twitter", "Facebook", "Related",
                "2 thoughts on \u201cFerry company adds a night crossing to the island\u201d",
                "Tom Wik says:", "March 3, 2024 at 10:15 pm",
                "I have waited for this boat for ten years and I still think the timetable is wrong for people who"
                        + " work late shifts in town.",
                "Reply", "Eva Berg says:", "March 3, 2024 at 11:02 pm",
                "The old boat was always late anyway, so I doubt that a night crossing will change much for those of"
                        + " us on the north side.",
                "Reply", "Leave a Reply", "Privacy", "Terms", "Cookies"));
        BodyText body = BoilerplateRemover.standard().apply(new TextNormalizer().apply(String.join("\n", lines)));
        assertEquals(story, body.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void cleanTextWithoutPageFurnitureKeepsTheHandSetScorerInTextMode() {
        // the whole text is the hand-set region: the model, which would take out the middle line, is not read
        NormalizedText text = new TextNormalizer().apply(HARBOUR);
        BodyText body = remover(proseModel(-3)).apply(text);
        assertEquals(List.of(HARBOUR.split("\n")), body.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aShortCleanArticleUnderItsHeadlineKeepsTheHandSetScorerInTextMode() {
        // the headline is part of the article: counted with the region, the text is clean, and the model, which would
        // take out the middle line, is not read
        String text = "Harbour board approves the dredging of its western channel before the winter\n" + HARBOUR;
        BodyText body = remover(proseModel(-3)).apply(new TextNormalizer().apply(text));
        assertEquals(List.of(text.split("\n")), body.paragraphs().stream().map(Paragraph::text).toList());
    }

    /**
     * A headline, a one-paragraph story, seven lines of layout (too many for the story to count as the lead of what
     * follows), then {@code comments} reader comments a little shorter than the story; each line with a hint (the
     * headline marked as such, the layout lines as layout).
     *
     * @return the body's paragraphs
     */
    private static List<String> storyAndComments(int comments) {
        String headline = "Harbour board agrees to dredge the channel";
        String story = "The harbour board met on Tuesday and agreed to dredge the western channel before the winter"
                + " storms close the port for good.";
        List<String> layout = List.of("Comments", "Sign in", "Newest first", "Oldest first", "Report", "Reply",
                "Share");
        String comment = "I have fished from this harbour for thirty years and the channel has never been"
                + " this shallow.";
        List<String> lines = new java.util.ArrayList<>(List.of(headline, story));
        lines.addAll(layout);
        for (int k = 0; k < comments; k++) {
            lines.add(comment.replace("thirty", "thirty-" + (k + 1)));
        }
        return keptInHtmlMode(lines, layout, headline);
    }

    /**
     * The paragraphs the prose model keeps of the lines, one block each, in HTML mode: each line with a hint, the
     * headline marked as such and the layout lines as layout.
     */
    private static List<String> keptInHtmlMode(List<String> lines, List<String> layout, String headline) {
        return keptInHtmlMode(lines, layout, headline, List.of());
    }

    /** The same, the lines of {@code inContent} inside the page's content root. */
    private static List<String> keptInHtmlMode(List<String> lines, List<String> layout, String headline,
                                               List<String> inContent) {
        List<BlockHint> hints = new java.util.ArrayList<>();
        int start = 0;
        for (String line : lines) {
            Span span = new Span(start, start + line.length());
            hints.add(new BlockHint(span, 0, layout.contains(line), inContent.contains(line), 0, false, 0,
                    line.equals(headline)));
            start = span.end() + 1;
        }
        BodyText body = remover(proseModel()).apply(new TextNormalizer().apply(String.join("\n", lines)), hints);
        return body.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void theStoryUnderTheHeadlineWinsOverLongerCommentsUnlessTheyWeighMoreThanTwiceAsMuch() {
        // two comments weigh less than twice the story: the story needs 0.45 of them and has more
        List<String> two = storyAndComments(2);
        assertEquals(2, two.size(), two.toString());
        assertEquals("Harbour board agrees to dredge the channel", two.get(0));
        assertTrue(two.get(1).startsWith("The harbour board met"), two.toString());
        // three weigh more than twice as much: they are the body
        List<String> three = storyAndComments(3);
        assertEquals(3, three.size(), three.toString());
        assertTrue(three.get(0).startsWith("I have fished"), three.toString());
    }

    @Test
    void inHtmlModeTheModelCarriesTheArticleOverAShortRunOfLayout() {
        String headline = "Harbour board agrees to dredge the channel";
        List<String> before = List.of(
                "The harbour board met on Tuesday and agreed to dredge the western channel before the winter storms.",
                "Members said the work would cost less than the fees the port has lost since the boats stopped.");
        List<String> layout = List.of("Share", "Tweet", "Email", "Print");
        List<String> after = List.of(
                "Fishermen said the channel had silted up so badly that larger boats could only leave at high tide.",
                "The board expects the dredgers to arrive in October and to finish the work by the end of the year.",
                "A second meeting next month will decide where the mud from the channel is to be taken and stored.");
        List<String> lines = new java.util.ArrayList<>(List.of(headline));
        lines.addAll(before);
        lines.addAll(layout);
        lines.addAll(after);
        List<String> kept = keptInHtmlMode(lines, layout, headline);
        // the story on both sides of the share bar; the share bar itself goes as layout
        List<String> story = new java.util.ArrayList<>(List.of(headline));
        story.addAll(before);
        story.addAll(after);
        assertEquals(story, kept);
    }

    @Test
    void inHtmlModeProseTheModelIsSureOfIsKeptOutsideTheRegionOnlyInsideTheContentRoot() {
        String headline = "Harbour board agrees to dredge the channel";
        List<String> before = List.of(
                "The harbour board met on Tuesday and agreed to dredge the western channel before the winter storms.",
                "Members said the work would cost less than the fees the port has lost since the boats stopped.",
                "Fishermen said the channel had silted up so badly that larger boats could only leave at high tide.");
        List<String> layout = List.of("Share", "Tweet", "Email", "Print", "Save", "Related", "Most read", "Video",
                "Podcasts", "Newsletters", "Games", "Weather");
        String after = "A second meeting next month will decide where the mud from the channel is to be stored.";
        List<String> lines = new java.util.ArrayList<>(List.of(headline));
        lines.addAll(before);
        lines.addAll(layout);
        lines.add(after);
        List<String> story = new java.util.ArrayList<>(List.of(headline));
        story.addAll(before);
        // twelve lines of layout end the region; the paragraph after them is kept when the content root holds it
        assertEquals(story, keptInHtmlMode(lines, layout, headline));
        List<String> inContent = new java.util.ArrayList<>(story);
        inContent.add(after);
        assertEquals(inContent, keptInHtmlMode(lines, layout, headline, inContent));
    }

    @Test
    void modelThatCallsEveryLineClutterFindsNoRegionAndLeavesOnlyTheProse() {
        double[] w = new double[LineModel.FEATURES.size()];
        w[0] = -10;
        BodyText body = remover(new LineModel(w)).apply(new TextNormalizer().apply(PAGE));
        // no line weighs above zero, so there is no region: the lines of prose rather than no body at all
        assertEquals(List.of(
                "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
                "Engineers said the work would take two years and cost about 12 million pounds in all.",
                "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.",
                "Residents who live near the bridge have complained for months about the noise of the traffic."),
                body.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(PAGE.split("\n").length - 4, body.boilerplate().size());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
