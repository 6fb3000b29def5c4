package org.newspipeline.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured shots of {@link ThroughputBenchmark}, read as adjacent pairs (1 thread, then 2 threads).
 *
 * @param articles     articles per shot
 * @param oneThreadMs  wall time of each 1-thread shot, in order
 * @param twoThreadsMs wall time of each 2-thread shot, same order: pair {@code i} is the two {@code i}-th shots
 * @param oneThreadCpuMs  CPU time of the JVM during each 1-thread shot
 * @param twoThreadsCpuMs CPU time of the JVM during each 2-thread shot
 */
record ThroughputPairs(int articles, List<Double> oneThreadMs, List<Double> twoThreadsMs,
                       List<Double> oneThreadCpuMs, List<Double> twoThreadsCpuMs) {

    ThroughputPairs {
        oneThreadMs = List.copyOf(oneThreadMs);
        twoThreadsMs = List.copyOf(twoThreadsMs);
        oneThreadCpuMs = List.copyOf(oneThreadCpuMs);
        twoThreadsCpuMs = List.copyOf(twoThreadsCpuMs);
        int pairs = oneThreadMs.size();
        if (articles < 1 || pairs == 0 || twoThreadsMs.size() != pairs || oneThreadCpuMs.size() != pairs
                || twoThreadsCpuMs.size() != pairs) {
            throw new IllegalArgumentException("need at least one article and as many 2-thread shots as 1-thread"
                    + " shots, with a CPU time each");
        }
    }

    /**
     * Splits alternating shots (1, 2, 1, 2, ... threads, as {@link ThroughputBenchmark#threadsOfShot} runs them)
     * into pairs.
     *
     * @param articles articles per shot
     * @param wallMs   wall time of every measured shot, in order; an even number
     * @param cpuMs    CPU time of every measured shot, same order
     * @return the pairs
     * @throws IllegalArgumentException if the counts are odd or differ
     */
    static ThroughputPairs of(int articles, List<Double> wallMs, List<Double> cpuMs) {
        if (wallMs.size() % 2 != 0 || wallMs.size() != cpuMs.size()) {
            throw new IllegalArgumentException("expected pairs of shots with a CPU time each, got "
                    + wallMs.size() + " shots and " + cpuMs.size() + " CPU times");
        }
        List<List<Double>> split = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (int shot = 0; shot < wallMs.size(); shot++) {
            int kind = ThroughputBenchmark.threadsOfShot(shot) - 1;
            split.get(kind).add(wallMs.get(shot));
            split.get(2 + kind).add(cpuMs.get(shot));
        }
        return new ThroughputPairs(articles, split.get(0), split.get(1), split.get(2), split.get(3));
    }

    /** @return articles per second with 1 thread, from the median shot */
    double articlesPerSecond1() {
        return articles * 1000.0 / Percentiles.of(oneThreadMs, 50);
    }

    /** @return articles per second with 2 threads, from the median shot */
    double articlesPerSecond2() {
        return articles * 1000.0 / Percentiles.of(twoThreadsMs, 50);
    }

    /** @return the 2-thread : 1-thread throughput of each pair of adjacent shots */
    List<Double> scalingPerPair() {
        List<Double> ratios = new ArrayList<>(oneThreadMs.size());
        for (int i = 0; i < oneThreadMs.size(); i++) {
            ratios.add(oneThreadMs.get(i) / twoThreadsMs.get(i));
        }
        return ratios;
    }

    /** @return the median of {@link #scalingPerPair()}: how much 2 threads give over 1 */
    double scaling() {
        return Percentiles.of(scalingPerPair(), 50);
    }

    /** @return CPU ms per article on 1 thread, median over the shots */
    double cpuPerArticle1() {
        return Percentiles.of(oneThreadCpuMs, 50) / articles;
    }

    /** @return CPU ms per article on 2 threads, median over the shots */
    double cpuPerArticle2() {
        return Percentiles.of(twoThreadsCpuMs, 50) / articles;
    }
}
