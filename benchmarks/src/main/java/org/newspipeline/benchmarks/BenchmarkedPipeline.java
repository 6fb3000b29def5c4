package org.newspipeline.benchmarks;

import java.util.List;

/** What the benchmarks measure on each engine: one article, and a batch on several threads. */
interface BenchmarkedPipeline {

    /**
     * @param text one article
     * @return the engine's result, for the benchmark to consume
     */
    Object annotate(String text);

    /**
     * Annotates all texts with the engine's own batch API on one shared pipeline.
     *
     * @param texts   the articles
     * @param threads how many threads share the pipeline
     * @return how many results came back, for the benchmark to consume
     */
    int annotateAll(List<String> texts, int threads);
}
