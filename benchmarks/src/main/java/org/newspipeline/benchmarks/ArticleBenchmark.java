package org.newspipeline.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the per-article benchmarks share: which engine, which articles, and a pipeline built once per fork.
 * Subclasses are the JMH states and benchmarks; JMH reads the parameters and the set-up from this class too.
 */
@State(Scope.Benchmark)
public abstract class ArticleBenchmark {

    /** Which pipeline to run. */
    @Param({"NEWS_PIPELINE"})
    public Engine engine;

    /** The folder of articles, relative to the project root. */
    @Param({"../shared/data/polnear/dev/text"})
    public String articles;

    /** How many of the articles ({@link ArticleSet#spread}); 0 for all. */
    @Param({"0"})
    public int count;

    /** The pipeline, built in {@link #build()}. */
    protected BenchmarkedPipeline pipeline;
    /** The articles' texts, loaded in {@link #build()}. */
    protected List<String> texts;

    /** Loads the articles and builds the pipeline, once per fork. */
    @Setup(Level.Trial)
    public void build() {
        texts = ArticleSet.load(Path.of(articles), count);
        pipeline = engine.build();
    }
}
