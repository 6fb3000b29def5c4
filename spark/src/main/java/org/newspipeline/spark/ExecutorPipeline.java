package org.newspipeline.spark;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of this JVM (a Spark executor, or the driver in local mode): built on first use by the first task
 * that needs it, then shared by every task of the JVM. A static holder, so no pipeline is ever serialised with a
 * task's closure; only the settings travel.
 */
final class ExecutorPipeline {

    private static final Logger log = LoggerFactory.getLogger(ExecutorPipeline.class);
    private static final Map<Integer, ArticlePipeline> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicBoolean FIRST_DONE = new AtomicBoolean();

    private ExecutorPipeline() {
    }

    /**
     * @param maxInputChars the pipeline's input limit
     * @return this JVM's pipeline with that limit, built the first time it is asked for
     */
    static ArticlePipeline get(int maxInputChars) {
        return PIPELINES.computeIfAbsent(maxInputChars, limit -> {
            long start = System.nanoTime();
            ArticlePipeline pipeline = NewsPipeline.builder().maxInputChars(limit).build();
            log.info("news-pipeline built on this executor in {} ms", (System.nanoTime() - start) / 1_000_000);
            return pipeline;
        });
    }

    /** Logs, once per JVM, how long after the JVM's start its first batch of articles was annotated. */
    static void firstBatchDone(int articles) {
        if (!FIRST_DONE.getAndSet(true)) {
            log.info("news-pipeline: first batch ({} articles) annotated {} ms after this executor JVM started",
                    articles, ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }
}
