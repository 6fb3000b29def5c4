package org.newspipeline.benchmarks;

import java.util.List;

/**
 * The two pipelines compared; a JMH parameter. Both run with {@value #HUGE_METHODS}, as the README advises: it
 * lets the JIT compile CoreNLP's NER feature extractor, which both pipelines run.
 */
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

    /** The JVM option that lets HotSpot compile methods over 8,000 bytes of bytecode. */
    static final String HUGE_METHODS = "-XX:-DontCompileHugeMethods";

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

    /**
     * @param jvmDefaults true for the heap option alone, as a JVM started without the README's advice
     * @return the options of the benchmark JVMs: the heap (news-pipeline must fit in 1 GB) and the JIT's
     */
    public List<String> jvmArgs(boolean jvmDefaults) {
        return jvmDefaults ? List.of(heap) : List.of(heap, HUGE_METHODS);
    }
}
