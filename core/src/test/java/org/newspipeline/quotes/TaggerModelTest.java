package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tagger's decoding and its file format, on a hand-made model. */
class TaggerModelTest {

    private static final int L = TaggerModel.LABELS.size();

    /**
     * A model where "said" is a one-token cue, a capitalised word a one-token source, and lowercase words begin and
     * end a content.
     */
    private static TaggerModel toy(float contentEndsAfterItsFirstWord) {
        float[][] transitions = new float[L + 1][L];
        transitions[TaggerModel.CONTENT][TaggerModel.END_CONTENT] = contentEndsAfterItsFirstWord;
        float[] content = weights(TaggerModel.CONTENT, 1);
        content[TaggerModel.END_CONTENT] = 1;
        return new TaggerModel(Map.of(
                "w=said", weights(TaggerModel.UNIT_CUE, 3),
                "shape=Xx", weights(TaggerModel.UNIT_SOURCE, 2),
                "shape=x", content), transitions);
    }

    private static float[] weights(int label, float w) {
        float[] out = new float[L];
        out[label] = w;
        return out;
    }

    @Test
    void viterbiTakesTheTransitionsIntoAccount() {
        float[][] emissions = {new float[L]};
        emissions[0][TaggerModel.UNIT_CONTENT] = 1;
        float[][] transitions = new float[L + 1][L];
        transitions[L][TaggerModel.UNIT_CONTENT] = -5;
        assertArrayEquals(new int[] {0}, TaggerModel.viterbi(emissions, transitions));
        transitions[L][TaggerModel.UNIT_CONTENT] = 0;
        assertArrayEquals(new int[] {TaggerModel.UNIT_CONTENT}, TaggerModel.viterbi(emissions, transitions));
    }

    @Test
    void aRunNeitherStartsInsideNorStopsHalfway() {
        // every token scores best inside a content: the best sequence that is well formed begins and ends it
        int inside = TaggerModel.CONTENT + 1;
        float[][] emissions = {new float[L], new float[L]};
        emissions[0][inside] = 1;
        emissions[0][TaggerModel.CONTENT] = 0.5f;
        emissions[1][inside] = 1;
        emissions[1][TaggerModel.END_CONTENT] = 0.5f;
        assertArrayEquals(new int[] {TaggerModel.CONTENT, TaggerModel.END_CONTENT},
                TaggerModel.viterbi(emissions, new float[L + 1][L]));
        // as the training program fits, any sequence
        assertArrayEquals(new int[] {inside, inside}, TaggerModel.viterbi(emissions, new float[L + 1][L], false));
        // a source's run does not end as a content
        emissions[0][TaggerModel.SOURCE] = 0.9f;
        emissions[1][TaggerModel.END_SOURCE] = 0.4f;
        assertArrayEquals(new int[] {TaggerModel.SOURCE, TaggerModel.END_SOURCE},
                TaggerModel.viterbi(emissions, new float[L + 1][L]));
    }

    @Test
    void decodesTheBestSequence() {
        TaggerModel model = toy(2);
        int[] labels = model.decode(List.of(
                new String[] {"shape=Xx"}, new String[] {"w=said"}, new String[] {"shape=x"},
                new String[] {"shape=x"}));
        assertArrayEquals(new int[] {TaggerModel.UNIT_SOURCE, TaggerModel.UNIT_CUE, TaggerModel.CONTENT,
            TaggerModel.END_CONTENT}, labels);
    }

    @Test
    void stackedFeaturesDescribeTheFirstPassLabelsAround() {
        // source, cue, content, content, outside
        int[] labels = {3, 5, 1, 2, 0};
        List<String> f = List.of(TaggerModel.stackedFeatures(labels, 3));
        assertTrue(f.contains("s=I-CONTENT"), f.toString());
        assertTrue(f.contains("s-1=B-CONTENT|s=I-CONTENT"), f.toString());
        assertTrue(f.contains("scl=2|s=I-CONTENT"), f.toString());
        assertTrue(f.contains("ssl=3-5"), f.toString());
        assertTrue(f.contains("srun=2"), f.toString());
        assertTrue(List.of(TaggerModel.stackedFeatures(labels, 0)).contains("s-1=<p>|s=B-SOURCE"));
    }

    @Test
    void secondPassReadsTheFirstPassLabels() {
        // The first pass makes a content of one word; the second lets it go on over the next word.
        TaggerModel first = new TaggerModel(Map.of(
                "w=said", weights(TaggerModel.UNIT_CUE, 3),
                "first", weights(TaggerModel.UNIT_CONTENT, 2)), new float[L + 1][L]);
        TaggerModel second = new TaggerModel(Map.of(
                "w=said", weights(TaggerModel.UNIT_CUE, 3),
                "s=U-CONTENT", weights(TaggerModel.CONTENT, 2),
                "s-1=U-CONTENT|s=O", weights(TaggerModel.END_CONTENT, 5)), new float[L + 1][L]);
        List<String[]> tokens = List.of(new String[] {"w=said"}, new String[] {"first"}, new String[] {"w=more"});
        assertArrayEquals(new int[] {TaggerModel.UNIT_CUE, TaggerModel.UNIT_CONTENT, 0}, first.decode(tokens));
        TaggerModel both = first.withSecondPass(second);
        assertTrue(both.hasSecondPass());
        assertArrayEquals(new int[] {TaggerModel.UNIT_CUE, TaggerModel.CONTENT, TaggerModel.END_CONTENT},
                both.decode(tokens));
    }

    @Test
    void writesWhatItReads() throws IOException {
        TaggerModel model = toy(1.5f);
        StringWriter out = new StringWriter();
        model.write(out, "a test model");
        TaggerModel back = TaggerModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, back.featureCount());
        StringWriter again = new StringWriter();
        back.write(again, "a test model");
        assertEquals(out.toString(), again.toString());
        assertTrue(out.toString().startsWith("# a test model\n"));
    }

    @Test
    void aFeatureWhoseNameHoldsATabOrALineBreakIsLeftOutOfTheFile() throws IOException {
        TaggerModel model = new TaggerModel(Map.of(
                "w=said", weights(5, 3),
                "w-1=<tweet a=\"1\"\tb=\"2\">", weights(1, 1),
                "w+1=<p\nclass=x>", weights(1, 1),
                "w+2=<p\rclass=x>", weights(1, 1)), new float[L + 1][L]);
        StringWriter out = new StringWriter();
        model.write(out, "a test model");
        TaggerModel back = TaggerModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, back.featureCount());
    }

    @Test
    void malformedLineIsNamed() {
        String bad = "labels\t" + String.join("\t", TaggerModel.LABELS) + "\n" + "w=said\t1\t2\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TaggerModel.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("w=said"), e.getMessage());
    }

    @Test
    void aWeightLineWithTooManyWeightsOrOneThatIsNoNumberIsMalformed() {
        String header = "labels\t" + String.join("\t", TaggerModel.LABELS) + "\n";
        String weights = String.join("\t", Collections.nCopies(L, "0.5"));
        for (String line : new String[] {"w=said\t" + weights + "\t0.5", "w=said\t" + weights.replaceFirst("0.5", "x"),
                "w=said\t" + weights.replaceFirst("0.5", "")}) {
            String bad = header + line + "\n";
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TaggerModel.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))), line);
            assertTrue(e.getMessage().contains("w=said"), e.getMessage());
        }
        String good = header + "w=said\t" + weights + "\n";
        assertEquals(1, assertDoesNotThrow(
                () -> TaggerModel.read(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)))).featureCount());
    }

    @Test
    void aModelForOtherLabelsIsRefusedByName() {
        String old = "labels\tO\tB-CONTENT\tI-CONTENT\tB-SOURCE\tI-SOURCE\tB-CUE\tI-CUE\n"
                + "w=said\t0\t0\t0\t0\t0\t1\t0\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TaggerModel.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("E-CONTENT"), e.getMessage());
    }

    @Test
    void anEndLabelClosesTheContentItLiesIn() {
        // source, cue, content, content, end of content, a content token after it, outside
        int[] labels = {3, 5, 1, 2, TaggerModel.END_CONTENT, 2, 0};
        assertTrue(List.of(TaggerModel.stackedFeatures(labels, 3)).contains("srun=3-5"));
        assertTrue(List.of(TaggerModel.stackedFeatures(labels, 4)).contains("srun=3-5"));
        assertTrue(List.of(TaggerModel.stackedFeatures(labels, 5)).contains("srun=1"));
        // a one-token content after an inner token of another is a run of its own
        int[] unit = {1, 2, TaggerModel.UNIT_CONTENT, 0};
        assertTrue(List.of(TaggerModel.stackedFeatures(unit, 2)).contains("srun=1"));
    }

    @Test
    void everyLabelHasItsRoleAndEveryRoleItsEndLabel() {
        for (int role : new int[] {TaggerModel.CONTENT, TaggerModel.SOURCE, TaggerModel.CUE}) {
            assertEquals(role, TaggerModel.roleOf(role));
            assertEquals(role, TaggerModel.roleOf(role + 1));
            assertEquals(role, TaggerModel.roleOf(TaggerModel.endOf(role)));
            assertEquals(role, TaggerModel.roleOf(TaggerModel.unitOf(role)));
            assertEquals(TaggerModel.LABELS.get(role).substring(2),
                    TaggerModel.LABELS.get(TaggerModel.unitOf(role)).substring(2));
            assertTrue(TaggerModel.LABELS.get(TaggerModel.endOf(role)).startsWith("E-"));
            assertEquals(TaggerModel.LABELS.get(role).substring(2),
                    TaggerModel.LABELS.get(TaggerModel.endOf(role)).substring(2));
        }
        assertEquals(TaggerModel.OUTSIDE, TaggerModel.roleOf(TaggerModel.OUTSIDE));
        assertThrows(IllegalArgumentException.class, () -> TaggerModel.endOf(TaggerModel.OUTSIDE));
        assertThrows(IllegalArgumentException.class, () -> TaggerModel.unitOf(TaggerModel.END_CUE));
    }

    @Test
    void shippedModelLoads() {
        assertTrue(TaggerModel.english().featureCount() > 1000);
        assertTrue(TaggerModel.english().hasSecondPass());
    }
}
