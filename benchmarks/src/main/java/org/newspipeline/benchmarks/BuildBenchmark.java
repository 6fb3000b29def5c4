package org.newspipeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build a pipeline in a fresh JVM, models and all: one single shot per fork, no warm-up (a second build
 * in the same JVM would reuse loaded models and measure nothing useful).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(2)
@State(Scope.Benchmark)
public class BuildBenchmark {

    /** Which pipeline to build. */
    @Param({"NEWS_PIPELINE", "CORENLP_QUOTE"})
    public Engine engine;

    /** @return the built pipeline, so that nothing is optimised away */
    @Benchmark
    public Object build() {
        return engine.build();
    }
}
