package org.newspipeline.benchmarks;

import java.util.List;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;

/** news-pipeline's default pipeline, through its public API only. */
final class NewsPipelineEngine implements BenchmarkedPipeline {

    private final ArticlePipeline pipeline = NewsPipeline.builder().build();

    @Override
    public Object annotate(String text) {
        return pipeline.annotate(text);
    }

    @Override
    public int annotateAll(List<String> texts, int threads) {
        return pipeline.annotateAll(texts, threads).size();
    }
}
