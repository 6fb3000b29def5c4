package org.newspipeline.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static final List<String> FEATURES = List.of("bias", "length", "links");

    @Test
    void theLogitIsTheDotProductAndTheProbabilityItsLogisticFunction() {
        LinearModel model = new LinearModel(FEATURES, new double[] {-1, 0.5, -2}, 3, "test model");
        assertEquals(-1 + 0.5 * 4 - 2 * 0.25, model.logit(new double[] {1, 4, 0.25}), 1e-12);
        assertEquals(1 / (1 + Math.exp(-0.5)), model.probability(new double[] {1, 4, 0.25}), 1e-12);
        assertEquals(FEATURES, model.features());
    }

    @Test
    void aWrittenModelReadsBackAndAnotherVersionIsRefused() throws IOException {
        LinearModel model = new LinearModel(FEATURES, new double[] {0.25, -3, 7}, 3, "test model");
        StringWriter out = new StringWriter();
        model.write(out, List.of("fitted by hand"));
        byte[] file = out.toString().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(model.weights(),
                LinearModel.read(new ByteArrayInputStream(file), FEATURES, 3, "test model").weights(), 1e-9);
        assertThrows(IllegalStateException.class,
                () -> LinearModel.read(new ByteArrayInputStream(file), FEATURES, 4, "test model"));
        assertThrows(IllegalArgumentException.class, () -> new LinearModel(FEATURES, new double[2], 3, "test model"));
    }
}
