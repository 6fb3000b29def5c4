package org.newspipeline.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput: one single shot annotates all the articles with the engine's batch API on {@code threads} threads
 * sharing one pipeline (news-pipeline: {@code ArticlePipeline.annotateAll(texts, threads)}; CoreNLP:
 * {@code StanfordCoreNLP.annotate(annotations, threads)}). Articles per second = articles / shot time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ThroughputBenchmark {

    /** Which pipeline to run. */
    @Param({"NEWS_PIPELINE"})
    public Engine engine;

    /** The folder of articles, relative to the project root. */
    @Param({"../shared/data/polnear/dev/text"})
    public String articles;

    /** How many of the articles ({@link ArticleSet#spread}); 0 for all. */
    @Param({"0"})
    public int count;

    /** Threads sharing the pipeline. */
    @Param({"1", "2"})
    public int threads;

    private BenchmarkedPipeline pipeline;
    private List<String> texts;

    /** Loads the articles and builds the pipeline, once per fork. */
    @Setup(Level.Trial)
    public void build() {
        texts = ArticleSet.load(Path.of(articles), count);
        pipeline = engine.build();
    }

    /** @return how many articles were annotated */
    @Benchmark
    public int annotateAll() {
        return pipeline.annotateAll(texts, threads);
    }
}
