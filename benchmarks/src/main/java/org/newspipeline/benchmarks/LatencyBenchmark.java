package org.newspipeline.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
public class LatencyBenchmark {

    /** Which pipeline to run. */
    @Param({"NEWS_PIPELINE"})
    public Engine engine;

    /** The folder of articles, relative to the project root. */
    @Param({"../shared/data/polnear/dev/text"})
    public String articles;

    /** How many of the articles ({@link ArticleSet#spread}); 0 for all. */
    @Param({"0"})
    public int count;

    private BenchmarkedPipeline pipeline;
    private List<String> texts;
    private int next;
    private String current;

    /** Loads the articles and builds the pipeline, once per fork. */
    @Setup(Level.Trial)
    public void build() {
        texts = ArticleSet.load(Path.of(articles), count);
        pipeline = engine.build();
        next = 0;
    }

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
