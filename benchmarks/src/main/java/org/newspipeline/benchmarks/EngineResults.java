package org.newspipeline.benchmarks;

import java.util.List;

/**
 * What the benchmarks measured for one engine.
 *
 * @param engine             the engine
 * @param articleIndices     which articles of the folder the latencies belong to (indices in name order)
 * @param buildMillis        mean time to build the pipeline in a fresh JVM
 * @param latencyMillis      warm latency per article (wall time), in the order of {@code articleIndices}
 * @param cpuMillis          CPU time the JVM spent per article in the same runs, same order
 * @param throughput         the batch shots on 1 and 2 threads, in adjacent pairs
 * @param heapAfterGcMb      the most heap in use after a full GC, over the latency and throughput runs
 */
record EngineResults(Engine engine, List<Integer> articleIndices, double buildMillis, List<Double> latencyMillis,
                     List<Double> cpuMillis, ThroughputPairs throughput, double heapAfterGcMb) {

    EngineResults {
        articleIndices = List.copyOf(articleIndices);
        latencyMillis = List.copyOf(latencyMillis);
        cpuMillis = List.copyOf(cpuMillis);
        if (articleIndices.size() != latencyMillis.size() || articleIndices.size() != cpuMillis.size()) {
            throw new IllegalArgumentException(articleIndices.size() + " articles but " + latencyMillis.size()
                    + " latencies and " + cpuMillis.size() + " CPU times");
        }
    }

    /**
     * @param indices articles of the folder, each one of {@link #articleIndices()}
     * @return the wall-time latencies of just those articles
     */
    List<Double> latenciesOf(List<Integer> indices) {
        return select(latencyMillis, indices);
    }

    /**
     * @param indices articles of the folder, each one of {@link #articleIndices()}
     * @return the CPU times of just those articles
     */
    List<Double> cpuOf(List<Integer> indices) {
        return select(cpuMillis, indices);
    }

    private List<Double> select(List<Double> values, List<Integer> indices) {
        return indices.stream().map(i -> {
            int at = articleIndices.indexOf(i);
            if (at < 0) {
                throw new IllegalArgumentException("article " + i + " was not measured");
            }
            return values.get(at);
        }).toList();
    }
}
