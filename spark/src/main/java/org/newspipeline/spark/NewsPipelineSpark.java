package org.newspipeline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.posexplode;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * news-pipeline on Apache Spark: annotate a Dataset's column of article texts on the executors, and turn the
 * result into a table of quotes.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");          // columns id, text
 * Dataset<Row> annotated = NewsPipelineSpark.annotate(articles, "text");
 * Dataset<Row> quotes = NewsPipelineSpark.quotesTable(annotated, "id");
 * quotes.groupBy("speaker").count().orderBy(col("count").desc()).show();
 * }</pre>
 *
 * <p>The added columns are described in {@link ArticleSchema}. A row whose text is null, longer than the input
 * limit, or makes the pipeline throw is kept, with its reason in the {@code error} column and empty results;
 * the job goes on. Use {@link #annotator(SparkSession)} for the counters and the settings.
 */
public final class NewsPipelineSpark {

    private NewsPipelineSpark() {
    }

    /**
     * Annotates plain-text articles with the default settings. Same as
     * {@code annotator(articles.sparkSession()).annotate(articles, textColumn)}.
     *
     * @param articles   the articles, any columns
     * @param textColumn the name of their text column (STRING)
     * @return the input's columns and the annotation columns
     * @see SparkAnnotator#annotate(Dataset, String)
     */
    public static Dataset<Row> annotate(Dataset<Row> articles, String textColumn) {
        return annotator(articles.sparkSession()).annotate(articles, textColumn);
    }

    /**
     * Annotates HTML pages with the default settings.
     *
     * @param pages      the pages, any columns
     * @param htmlColumn the name of their HTML column (STRING)
     * @return the input's columns and the annotation columns of HTML mode
     * @see SparkAnnotator#annotateHtml(Dataset, String)
     */
    public static Dataset<Row> annotateHtml(Dataset<Row> pages, String htmlColumn) {
        return annotator(pages.sparkSession()).annotateHtml(pages, htmlColumn);
    }

    /**
     * Spreads articles over partitions so that the cores stay busy to the end of a job: each partition holds a
     * range of text lengths, the longest texts in the first partition, which Spark starts first. Annotation costs
     * about in proportion to the length, so the heavy tasks run early and the last ones are short (a round-robin
     * split can leave one core on a long last task while the others wait). It costs a shuffle and a sample of the
     * lengths, small beside the annotation.
     *
     * @param articles   the articles, any columns
     * @param textColumn the column whose length measures the work (the text, or the HTML)
     * @param partitions how many partitions, at least 1: a few per core
     * @return the same rows in {@code partitions} partitions
     * @throws IllegalArgumentException if {@code partitions < 1} or there is no such column
     */
    public static Dataset<Row> balanced(Dataset<Row> articles, String textColumn, int partitions) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(textColumn, "textColumn");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        if (!Arrays.asList(articles.columns()).contains(textColumn)) {
            throw new IllegalArgumentException("No column '" + textColumn + "' in " + articles.schema().simpleString());
        }
        return articles.repartitionByRange(partitions, length(col(textColumn)).desc_nulls_last());
    }

    /**
     * @param session the driver's session
     * @return an annotator with the default settings and new counters registered with the session
     */
    public static SparkAnnotator annotator(SparkSession session) {
        return SparkAnnotator.create(session);
    }

    /**
     * One row per quote of an annotated Dataset, ready for {@code groupBy("speaker")}: the key column, then
     * {@link ArticleSchema#QUOTE_TABLE_COLUMNS}: {@code quote_index INT, quote STRING, quote_start INT,
     * quote_end INT, speaker STRING, speaker_type STRING, speaker_mention STRING, speaker_mention_start INT,
     * speaker_mention_end INT, cue STRING, cue_start INT, cue_end INT, rule STRING, confidence DOUBLE}. Speaker
     * and cue columns are null when the quote has none. Rows with an error or no quotes give no row.
     *
     * @param annotated the result of an annotation
     * @param keyColumn the column that names each article (an id, a URL, a file name)
     * @return the quotes table
     * @throws IllegalArgumentException if {@code annotated} has no quotes column or no such key column
     */
    public static Dataset<Row> quotesTable(Dataset<Row> annotated, String keyColumn) {
        Objects.requireNonNull(keyColumn, "keyColumn");
        for (String needed : new String[] {keyColumn, ArticleSchema.QUOTES}) {
            if (!Arrays.asList(annotated.columns()).contains(needed)) {
                throw new IllegalArgumentException("No column '" + needed + "' in "
                        + annotated.schema().simpleString());
            }
        }
        Column q = col("q");
        return annotated
                .select(col(keyColumn), posexplode(col(ArticleSchema.QUOTES)).as(new String[] {"quote_index", "q"}))
                .select(col(keyColumn), col("quote_index"),
                        q.getField("text").as("quote"),
                        q.getField("start").as("quote_start"),
                        q.getField("end").as("quote_end"),
                        q.getField("speaker").getField("name").as("speaker"),
                        q.getField("speaker").getField("type").as("speaker_type"),
                        q.getField("speaker").getField("mention").getField("text").as("speaker_mention"),
                        q.getField("speaker").getField("mention").getField("start").as("speaker_mention_start"),
                        q.getField("speaker").getField("mention").getField("end").as("speaker_mention_end"),
                        q.getField("cue").getField("text").as("cue"),
                        q.getField("cue").getField("start").as("cue_start"),
                        q.getField("cue").getField("end").as("cue_end"),
                        q.getField("rule").as("rule"),
                        q.getField("confidence").as("confidence"));
    }
}
