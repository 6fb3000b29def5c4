package org.newspipeline.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * How many rows an annotation saw, annotated and could not annotate, as Spark accumulators (named
 * {@code news-pipeline.rows}, {@code .annotated}, {@code .failed}, and the failures by cause {@code .nullText},
 * {@code .tooLong}, {@code .pipelineError}; the Spark UI shows them per stage).
 *
 * <p>Read them on the driver after an action has run. Like every accumulator updated in a transformation, they
 * count each time a row is computed: a task that Spark retries, or a result that is computed twice (say a
 * {@code count()} and then a write, without {@code cache()}), counts its rows again. The {@code error} column is
 * the exact record.
 */
public final class AnnotationCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator rows;
    private final LongAccumulator annotated;
    private final LongAccumulator failed;
    private final LongAccumulator nullText;
    private final LongAccumulator tooLong;
    private final LongAccumulator pipelineError;

    private AnnotationCounters(SparkContext context) {
        rows = context.longAccumulator("news-pipeline.rows");
        annotated = context.longAccumulator("news-pipeline.annotated");
        failed = context.longAccumulator("news-pipeline.failed");
        nullText = context.longAccumulator("news-pipeline.nullText");
        tooLong = context.longAccumulator("news-pipeline.tooLong");
        pipelineError = context.longAccumulator("news-pipeline.pipelineError");
    }

    /**
     * @param context the driver's Spark context
     * @return new counters, at zero, registered with it
     */
    public static AnnotationCounters register(SparkContext context) {
        return new AnnotationCounters(context);
    }

    /** @return rows read */
    public long rows() {
        return rows.value();
    }

    /** @return rows annotated, without an error */
    public long annotated() {
        return annotated.value();
    }

    /** @return rows with an error: {@code nullText() + tooLong() + pipelineError()} */
    public long failed() {
        return failed.value();
    }

    /** @return rows whose text was null */
    public long nullText() {
        return nullText.value();
    }

    /** @return rows whose text was over the pipeline's input limit */
    public long tooLong() {
        return tooLong.value();
    }

    /** @return rows on which the pipeline threw */
    public long pipelineError() {
        return pipelineError.value();
    }

    void countAnnotated() {
        rows.add(1);
        annotated.add(1);
    }

    void countNull() {
        rows.add(1);
        failed.add(1);
        nullText.add(1);
    }

    void countTooLong() {
        rows.add(1);
        failed.add(1);
        tooLong.add(1);
    }

    void countPipelineError() {
        rows.add(1);
        failed.add(1);
        pipelineError.add(1);
    }

    @Override
    public String toString() {
        return "rows " + rows() + ", annotated " + annotated() + ", failed " + failed() + " (null text "
                + nullText() + ", too long " + tooLong() + ", pipeline error " + pipelineError() + ")";
    }
}
