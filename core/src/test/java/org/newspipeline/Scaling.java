package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that work grows in proportion to its input: the CPU time of one size and of four times that size are
 * compared, each the best of a few runs, in up to three attempts. Linear work takes about four times as long,
 * quadratic sixteen; the bound of ten leaves room for a noisy machine while still telling the two apart. No
 * wall-clock limit is set.
 */
public final class Scaling {

    private static final int RUNS = 5;
    private static final int ATTEMPTS = 3;
    private static final double MAX_RATIO = 10;

    private Scaling() {
    }

    /**
     * @param name  what is measured, for the failure message
     * @param size  the smaller size
     * @param input makes the input of a size
     * @param work  does the work on an input
     * @param <T>   the input type
     */
    public static <T> void assertLinear(String name, int size, IntFunction<T> input,
                                        Consumer<T> work) {
        T small = input.apply(size);
        T large = input.apply(4 * size);
        work.accept(small);   // warm-up: the JIT compiles what the measured runs use, at both sizes
        work.accept(large);
        // A noisy machine can slow one measurement; quadratic work stays near 16x in every attempt.
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
            ratio = Math.min(ratio, best(large, work) / Math.max(1, best(small, work)));
        }
        assertTrue(ratio < MAX_RATIO, name + ": 4x the input took " + String.format("%.1f", ratio)
                + "x the CPU time (linear is about 4x, quadratic 16x)");
    }

    private static <T> double best(T input, Consumer<T> work) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = bean.getCurrentThreadCpuTime();
            work.accept(input);
            best = Math.min(best, bean.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
