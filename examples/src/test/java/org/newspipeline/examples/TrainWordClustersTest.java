package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The k-means that fits the word classes. */
class TrainWordClustersTest {

    private static float[] unit(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }

    @Test
    void pointsInThreeTightGroupsFallIntoThreeClasses() {
        float[][] x = new float[30][];
        for (int i = 0; i < x.length; i++) {
            x[i] = unit(i % 3 * 2.0 + (i / 3) * 0.01);
        }
        int[] classes = TrainWordClusters.kMeans(x, 3, new Random(7));
        for (int i = 3; i < x.length; i++) {
            assertEquals(classes[i % 3], classes[i], "point " + i);
        }
        assertNotEquals(classes[0], classes[1]);
        assertNotEquals(classes[1], classes[2]);
        assertNotEquals(classes[0], classes[2]);
    }

    @Test
    void aCentroidIsTheUnitMeanOfItsPointsAndAnEmptyClassHasNone() {
        float[][] c = TrainWordClusters.centroids(new float[][] {{1, 0}, {0, 1}}, new int[] {0, 0}, 2);
        assertEquals(Math.sqrt(0.5), c[0][0], 1e-6);
        assertEquals(Math.sqrt(0.5), c[0][1], 1e-6);
        assertNull(c[1]);
    }
}
