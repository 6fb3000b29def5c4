package org.newspipeline.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newspipeline.NewsPipeline;

/**
 * Annotates a column of article texts on the executors, with settings and counters. Get one with
 * {@link NewsPipelineSpark#annotator(SparkSession)}; the {@code with...} methods return a copy with one setting
 * changed and the same counters. Immutable; use it on the driver.
 *
 * <pre>{@code
 * SparkAnnotator annotator = NewsPipelineSpark.annotator(spark).withMaxInputChars(2_000_000);
 * Dataset<Row> annotated = annotator.annotate(articles, "text");
 * annotated.write().parquet("annotated");
 * System.out.println(annotator.counters());   // after the action: rows, annotated, failed
 * }</pre>
 *
 * <p>Each executor JVM builds one pipeline, the first time one of its tasks needs it, and its tasks share it
 * (the pipeline is thread-safe). Inside a partition the rows are annotated in batches of {@link #batchSize()}
 * through {@code ArticlePipeline.annotateAll} on {@link #threadsPerTask()} threads (1 by default: Spark already
 * runs one task per core); HTML pages go one by one through {@code annotateHtml}, which has no batch form.
 */
public final class SparkAnnotator {

    /** Rows per call of the batch API, by default. */
    public static final int DEFAULT_BATCH_SIZE = 16;

    private final AnnotationCounters counters;
    private final int maxInputChars;
    private final int batchSize;
    private final int threadsPerTask;

    SparkAnnotator(AnnotationCounters counters, int maxInputChars, int batchSize, int threadsPerTask) {
        this.counters = counters;
        this.maxInputChars = maxInputChars;
        this.batchSize = batchSize;
        this.threadsPerTask = threadsPerTask;
    }

    static SparkAnnotator create(SparkSession session) {
        Objects.requireNonNull(session, "session");
        return new SparkAnnotator(AnnotationCounters.register(session.sparkContext()),
                NewsPipeline.DEFAULT_MAX_INPUT_CHARS, DEFAULT_BATCH_SIZE, 1);
    }

    /**
     * @param maxInputChars the longest text, in chars, the executors' pipeline accepts; longer rows get an error
     * @return a copy with that limit
     * @throws IllegalArgumentException if it is below 1
     */
    public SparkAnnotator withMaxInputChars(int maxInputChars) {
        if (maxInputChars < 1) {
            throw new IllegalArgumentException("maxInputChars must be at least 1, got " + maxInputChars);
        }
        return new SparkAnnotator(counters, maxInputChars, batchSize, threadsPerTask);
    }

    /**
     * @param batchSize rows per call of the batch API inside a partition
     * @return a copy with that batch size
     * @throws IllegalArgumentException if it is below 1
     */
    public SparkAnnotator withBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        return new SparkAnnotator(counters, maxInputChars, batchSize, threadsPerTask);
    }

    /**
     * @param threadsPerTask threads that annotate a batch at the same time inside one task
     * @return a copy with that number of threads
     * @throws IllegalArgumentException if it is below 1
     */
    public SparkAnnotator withThreadsPerTask(int threadsPerTask) {
        if (threadsPerTask < 1) {
            throw new IllegalArgumentException("threadsPerTask must be at least 1, got " + threadsPerTask);
        }
        return new SparkAnnotator(counters, maxInputChars, batchSize, threadsPerTask);
    }

    /** @return the input limit, in chars */
    public int maxInputChars() {
        return maxInputChars;
    }

    /** @return rows per call of the batch API */
    public int batchSize() {
        return batchSize;
    }

    /** @return threads per task */
    public int threadsPerTask() {
        return threadsPerTask;
    }

    /** @return the counters that this annotator and its copies add to */
    public AnnotationCounters counters() {
        return counters;
    }

    /**
     * Annotates each row's text (plain text, as {@code ArticlePipeline.annotate}). Lazy, like every
     * transformation: nothing runs before an action.
     *
     * @param articles   the articles, any columns
     * @param textColumn the name of their text column, of type STRING
     * @return the input's columns followed by {@link ArticleSchema#annotationColumns(boolean)
     *         ArticleSchema.annotationColumns(false)}, one row per input row
     * @throws IllegalArgumentException if the column is missing or not a string, or the input already has a
     *                                  column that annotation adds
     */
    public Dataset<Row> annotate(Dataset<Row> articles, String textColumn) {
        return run(articles, textColumn, false);
    }

    /**
     * Annotates each row's HTML page (as {@code ArticlePipeline.annotateHtml}); the offsets point into the added
     * {@code page_text} column, the page's visible text.
     *
     * @param pages      the pages, any columns
     * @param htmlColumn the name of their HTML column, of type STRING
     * @return the input's columns followed by {@link ArticleSchema#annotationColumns(boolean)
     *         ArticleSchema.annotationColumns(true)}, one row per input row
     * @throws IllegalArgumentException if the column is missing or not a string, or the input already has a
     *                                  column that annotation adds
     */
    public Dataset<Row> annotateHtml(Dataset<Row> pages, String htmlColumn) {
        return run(pages, htmlColumn, true);
    }

    private Dataset<Row> run(Dataset<Row> input, String column, boolean html) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(column, "column");
        StructType schema = input.schema();
        int index = Arrays.asList(schema.fieldNames()).indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No column '" + column + "' in " + schema.simpleString());
        }
        StructField field = schema.fields()[index];
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("Column '" + column + "' is " + field.dataType().simpleString()
                    + ", not string");
        }
        StructType output = ArticleSchema.annotated(schema, html);
        return input.mapPartitions(
                new AnnotatePartition(index, html, maxInputChars, batchSize, threadsPerTask, counters),
                Encoders.row(output));
    }
}
