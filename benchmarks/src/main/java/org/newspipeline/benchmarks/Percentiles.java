package org.newspipeline.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Percentiles by linear interpolation between the closest ranks (as {@code numpy.percentile} by default). */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param values  the sample, not empty
     * @param percent 0 to 100 (50 is the median)
     * @return the interpolated percentile
     * @throws IllegalArgumentException if the sample is empty or the percent is out of range
     */
    static double of(List<Double> values, double percent) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in [0, 100], got " + percent);
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double rank = percent / 100 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
