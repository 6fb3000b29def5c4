package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineModelTest {

    private static double[] weightsOnly(String feature, double weight) {
        double[] w = new double[HeadlineModel.FEATURES.size()];
        w[HeadlineModel.FEATURES.indexOf(feature)] = weight;
        return w;
    }

    private static HeadlineCandidates.Candidate candidate(String line, String feature, double value) {
        double[] x = new double[HeadlineModel.FEATURES.size()];
        x[0] = 1;
        x[HeadlineModel.FEATURES.indexOf(feature)] = value;
        return new HeadlineCandidates.Candidate(line, x);
    }

    @Test
    void theLikeliestCandidateIsTheHeadline() {
        HeadlineModel model = new HeadlineModel(weightsOnly("nearness", 2));
        List<HeadlineCandidates.Candidate> lines = List.of(candidate("Far", "nearness", 0.2),
                candidate("Near", "nearness", 1), candidate("Middle", "nearness", 0.5));
        assertEquals(Optional.of("Near"), model.choose(lines));
        assertEquals(Optional.empty(), model.choose(List.of()));
    }

    @Test
    void writtenWeightsReadBackAndMalformedFilesAreRefused() throws IOException {
        HeadlineModel model = new HeadlineModel(weightsOnly("credit", -1.5));
        StringWriter out = new StringWriter();
        model.write(out, List.of("a test model"));
        assertTrue(out.toString().startsWith("# a test model\nversion\t1\n"), out.toString());
        HeadlineModel back = HeadlineModel.read(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        double[] x = candidate("x", "credit", 1).features();
        assertEquals(model.probability(x), back.probability(x), 1e-9);
        assertThrows(IllegalStateException.class, () -> HeadlineModel.read(
                new ByteArrayInputStream("version\t1\nno_such_feature\t1\n".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IllegalArgumentException.class, () -> new HeadlineModel(new double[2]));
    }

    @Test
    void theShippedModelLoadsAndFavoursTheLineTheBodyRepeats() {
        HeadlineModel model = HeadlineModel.standard();
        double[] lead = candidate("a", "lead_repeats_words", 1).features();
        double[] none = candidate("b", "lead_repeats_words", 0).features();
        assertTrue(model.probability(lead) > model.probability(none));
    }
}
