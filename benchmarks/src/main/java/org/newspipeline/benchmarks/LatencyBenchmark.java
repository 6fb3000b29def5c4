package org.newspipeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm latency of one article: every iteration is one single shot on the next article, in name order, so with
 * {@code k * n} warm-up iterations and {@code n} measured ones, measured iteration {@code i} is article {@code i}.
 * {@link BenchmarkReport} sets the iteration counts from the number of articles.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class LatencyBenchmark extends ArticleBenchmark {

    private int next;
    private String current;

    /** Picks the article of this iteration. */
    @Setup(Level.Iteration)
    public void nextArticle() {
        current = texts.get(next % texts.size());
        next++;
    }

    /** @return the annotated article */
    @Benchmark
    public Object annotate() {
        return pipeline.annotate(current);
    }
}
