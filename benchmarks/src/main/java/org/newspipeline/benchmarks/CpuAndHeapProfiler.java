package org.newspipeline.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Two secondary results per measured iteration, read in this order so that neither disturbs the other:
 * <ul>
 *   <li>{@value #CPU}: CPU time the benchmark JVM used during the iteration (all its threads, GC and JIT
 *       included), in ms. Unlike wall time it does not grow when other processes share the cores, so it tells
 *       a slow machine from slow code, and 1 against 2 threads shows whether threads wait on each other.</li>
 *   <li>{@value #HEAP}: heap in use after a full GC, in MB; JMH keeps the largest. With the pipeline built and
 *       warm, that is what the pipeline holds between articles: its models and caches.</li>
 * </ul>
 * The GC runs after the iteration's CPU time is read, outside the measured time.
 */
public final class CpuAndHeapProfiler implements InternalProfiler {

    /** CPU time of the iteration, ms. */
    public static final String CPU = "cpu.ms";
    /** Heap in use after a full GC, MB. */
    public static final String HEAP = "heap.afterFullGc";

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per iteration (ms) and heap in use after a full GC (MB, largest)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        double cpuMillis = (processCpuNanos() - cpuAtStart) / 1e6;
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return List.of(new ScalarResult(CPU, cpuMillis, "ms", AggregationPolicy.AVG),
                new ScalarResult(HEAP, used / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
