package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineLexiconTest {

    private static final int MEAN = LineModel.FEATURES.indexOf("words_mean");
    private static final int MIN = LineModel.FEATURES.indexOf("words_min");
    private static final int SUM = LineModel.FEATURES.indexOf("words_sum");

    @Test
    void wordsAreCountedBySiteNotByLine() {
        LineLexicon.Builder builder = new LineLexicon.Builder();
        for (String site : List.of("a.example", "b.example", "c.example")) {
            builder.add(site, "Share this story with your friends", false);
            builder.add(site, "Share this story with your friends", false);
            builder.add(site, "The ferry left the harbour at noon with forty passengers.", true);
        }
        // a word one site alone uses, however often
        for (int k = 0; k < 10; k++) {
            builder.add("d.example", "Gazette", false);
        }
        LineLexicon lexicon = builder.build(3);
        double[] x = new double[LineModel.FEATURES.size()];
        lexicon.fill(x, "Share");
        assertEquals(Math.log(1.0 / 4.0), x[MEAN], 1e-9);
        assertEquals(Math.log(1.0 / 4.0), x[MIN], 1e-9);
        lexicon.fill(x, "Gazette");
        assertEquals(0.0, x[MEAN]);
        assertEquals(0.0, x[SUM]);
        // "with" stands both ways on all three sites: no weight either way
        lexicon.fill(x, "with");
        assertEquals(0.0, x[MEAN], 1e-9);
        lexicon.fill(x, "Ferry HARBOUR");
        assertEquals(Math.log(4.0), x[MEAN], 1e-9);
        assertEquals(0.0, x[MIN]);
        assertEquals(2 * Math.log(4.0) / LineLexicon.SUM_CLIP, x[SUM], 1e-9);
    }

    @Test
    void writtenLexiconReadsBackEvenWithTheWordVersion() throws IOException {
        LineLexicon lexicon = new LineLexicon(Map.of("version", 0.5, "subscribe", -1.25, "council", 0.75));
        StringWriter out = new StringWriter();
        lexicon.write(out, List.of("a test"));
        LineLexicon back = LineLexicon.read(stream(out.toString()));
        assertEquals(3, back.size());
        double[] x = new double[LineModel.FEATURES.size()];
        back.fill(x, "Subscribe to the new version");
        assertEquals((0.5 - 1.25) / 2, x[MEAN], 1e-9);
        assertEquals(-1.25, x[MIN], 1e-9);
    }

    @Test
    void missingOrWrongVersionIsAnError() {
        assertThrows(IllegalStateException.class, () -> LineLexicon.read(stream("share\t-1\n")));
        assertThrows(IllegalStateException.class, () -> LineLexicon.read(stream("version\t999\n")));
        assertThrows(IllegalStateException.class, () -> LineLexicon.read(stream("version\t1\nshare\tmany\n")));
    }

    @Test
    void shippedWordWeightsLoadWithTheTextModel() {
        assertNotNull(LineModel.text().lexicon());
        assertTrue(LineModel.text().lexicon().size() > 100);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
