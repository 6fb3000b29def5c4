package org.newspipeline.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void learnsTheFeatureThatDecidesAndIgnoresNoise() {
        int n = 400;
        double[][] x = new double[n][];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double signal = (i % 2 == 0) ? 1 : 0;
            double noise = (i / 2) % 2;
            // one in five examples goes against the signal (as many with noise as without), so the fit stays finite
            y[i] = i % 20 < 4 ? 1 - signal : signal;
            x[i] = new double[] {1, signal, noise};
            w[i] = 1;
        }
        double[] fit = LogisticRegression.fit(x, y, w, 0.01, 50);
        assertTrue(fit[1] > 2, "signal weight " + fit[1]);
        assertEquals(0, fit[2], 0.3);
        assertTrue(LogisticRegression.probability(fit, new double[] {1, 1, 0}) > 0.7);
        assertTrue(LogisticRegression.probability(fit, new double[] {1, 0, 1}) < 0.3);
    }

    @Test
    void zeroWeightLeavesAnExampleOut() {
        double[][] x = {{1, 1}, {1, 0}, {1, 1}, {1, 0}, {1, 1}};
        double[] y = {1, 0, 0, 1, 0};
        double[] zeroWeight = LogisticRegression.fit(x, y, new double[] {1, 1, 1, 1, 0}, 0.1, 30);
        double[] left = LogisticRegression.fit(new double[][] {{1, 1}, {1, 0}, {1, 1}, {1, 0}},
                new double[] {1, 0, 0, 1}, new double[] {1, 1, 1, 1}, 0.1, 30);
        double[] all = LogisticRegression.fit(x, y, new double[] {1, 1, 1, 1, 1}, 0.1, 30);
        assertEquals(left[0], zeroWeight[0], 1e-9);
        assertEquals(left[1], zeroWeight[1], 1e-9);
        assertTrue(all[1] < left[1] - 0.1, "one more negative with the signal lowers its weight");
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new double[2][1], new double[1], new double[2], 1, 1));
    }
}
