package org.newspipeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput: one single shot annotates all the articles with the engine's batch API on one or two threads
 * sharing one pipeline (news-pipeline: {@code ArticlePipeline.annotateAll(texts, threads)}; CoreNLP:
 * {@code StanfordCoreNLP.annotate(annotations, threads)}). Articles per second = articles / shot time.
 *
 * <p>The shots alternate 1, 2, 1, 2, ... threads in the same JVM ({@link #threadsOfShot}), so each pair of
 * adjacent shots sees the same machine: on a shared machine whose speed drifts from minute to minute, separate
 * runs for 1 and 2 threads would measure the drift as much as the scaling. Give an even number of warm-up and
 * measured iterations; JMH's own average mixes both kinds of shot, so read the iterations in pairs
 * ({@link BenchmarkReport} does).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(1)
@State(Scope.Benchmark)
public class ThroughputBenchmark extends ArticleBenchmark {

    private int shots;
    private int threads;

    /**
     * @param shot the number of the shot in this fork, warm-up included, from 0
     * @return the threads that shot runs on: 1 for even shots, 2 for odd ones
     */
    static int threadsOfShot(int shot) {
        return shot % 2 == 0 ? 1 : 2;
    }

    /** Picks the thread count of the next shot. */
    @Setup(Level.Iteration)
    public void nextShot() {
        threads = threadsOfShot(shots++);
    }

    /** @return how many articles were annotated */
    @Benchmark
    public int annotateAll() {
        return pipeline.annotateAll(texts, threads);
    }
}
