package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateModelTest {

    private static final List<String> FEATURES = List.of("bias", "near", "credit");

    @Test
    void theLikeliestCandidateAboveTheBarWins() {
        CandidateModel model = new CandidateModel(FEATURES, new double[] {-1, 2, -3});
        List<double[]> candidates = List.of(new double[] {1, 0.2, 0}, new double[] {1, 1, 0},
                new double[] {1, 1, 1});
        assertEquals(1, model.best(candidates, 0));
        assertEquals(1, model.best(candidates, 0.5));
        assertEquals(-1, model.best(candidates, 0.9));
        assertEquals(-1, model.best(List.of(), 0));
    }

    @Test
    void aShiftedModelSaysOneHalfWhereTheThresholdWas() {
        CandidateModel model = new CandidateModel(FEATURES, new double[] {-1, 2, -3});
        double[] x = {1, 0.2, 0};
        double p = model.probability(x);
        assertEquals(0.5, model.shiftedTo(p).probability(x), 1e-9);
    }

    @Test
    void writtenWeightsReadBackAndMalformedFilesAreRefused() throws IOException {
        CandidateModel model = new CandidateModel(FEATURES, new double[] {0.5, 0, -1.5});
        StringWriter out = new StringWriter();
        model.write(out, List.of("a test model"));
        assertTrue(out.toString().startsWith("# a test model\nversion\t1\n"), out.toString());
        CandidateModel back = CandidateModel.read(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), FEATURES);
        double[] x = {1, 0, 1};
        assertEquals(model.probability(x), back.probability(x), 1e-9);
        assertThrows(IllegalStateException.class, () -> CandidateModel.read(
                new ByteArrayInputStream("version\t1\nno_such_feature\t1\n".getBytes(StandardCharsets.UTF_8)),
                FEATURES));
        assertThrows(IllegalArgumentException.class, () -> new CandidateModel(FEATURES, new double[2]));
    }

    /** A candidate with the bias and one feature set to {@code value}, the others zero. */
    private static double[] only(List<String> features, String name, double value) {
        double[] x = new double[features.size()];
        x[0] = 1;
        x[features.indexOf(name)] = value;
        return x;
    }

    @Test
    void theShippedModelsLoadAndWeighWhatTheyShould() {
        List<String> h = HeadlineCandidates.FEATURES;
        CandidateModel headline = CandidateModel.headline();
        assertTrue(headline.probability(only(h, "lead_repeats_words", 1))
                > headline.probability(only(h, "lead_repeats_words", 0)));
        List<String> d = DateCandidates.FEATURES;
        CandidateModel date = CandidateModel.date();
        assertTrue(date.probability(only(d, "nearness", 1)) > date.probability(only(d, "nearness", 0.1)));
        List<String> a = AuthorCandidates.FEATURES;
        CandidateModel author = CandidateModel.author();
        assertTrue(author.probability(only(a, "prefix_at_start", 1)) > author.probability(only(a, "bare_name", 1)));
    }
}
