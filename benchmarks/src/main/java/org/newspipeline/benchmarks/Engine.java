package org.newspipeline.benchmarks;

/** The two pipelines compared; a JMH parameter. */
public enum Engine {

    /** news-pipeline's default pipeline ({@code NewsPipeline.builder().build()}). */
    NEWS_PIPELINE("news-pipeline", "-Xmx1g") {
        @Override
        BenchmarkedPipeline build() {
            return new NewsPipelineEngine();
        }
    },

    /** CoreNLP's default quote pipeline, {@value CoreNlpQuoteEngine#ANNOTATORS}. */
    CORENLP_QUOTE("CoreNLP quote", "-Xmx6g") {
        @Override
        BenchmarkedPipeline build() {
            return new CoreNlpQuoteEngine();
        }
    };

    private final String label;
    private final String heap;

    Engine(String label, String heap) {
        this.label = label;
        this.heap = heap;
    }

    /** @return a freshly built pipeline (models load here, in the first build of a JVM) */
    abstract BenchmarkedPipeline build();

    /** @return the name printed in the report */
    public String label() {
        return label;
    }

    /** @return the heap option of the benchmark JVMs: news-pipeline must fit in 1 GB */
    public String heapOption() {
        return heap;
    }
}
