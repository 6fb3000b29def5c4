package org.newspipeline.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.BatchAnnotationException;
import org.newspipeline.model.Article;

/**
 * Annotates one partition on an executor: reads its rows a batch at a time, annotates the batch with this JVM's
 * pipeline ({@link ExecutorPipeline}, built on first use, never serialised), and returns each row with the
 * annotation columns added. A row that cannot be annotated gets its reason in the error column and empty results;
 * the other rows of its batch are annotated as usual. Only the settings and the counters are serialised.
 */
final class AnnotatePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final int textIndex;
    private final boolean html;
    private final int maxInputChars;
    private final int batchSize;
    private final int threads;
    private final AnnotationCounters counters;

    AnnotatePartition(int textIndex, boolean html, int maxInputChars, int batchSize, int threads,
                      AnnotationCounters counters) {
        this.textIndex = textIndex;
        this.html = html;
        this.maxInputChars = maxInputChars;
        this.batchSize = batchSize;
        this.threads = threads;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                if (ready.isEmpty() && input.hasNext()) {
                    List<Row> batch = new ArrayList<>(batchSize);
                    while (batch.size() < batchSize && input.hasNext()) {
                        batch.add(input.next());
                    }
                    ready.addAll(annotate(batch, pipeline()));
                    ExecutorPipeline.firstBatchDone(batch.size());
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    /** What annotates the texts: this JVM's pipeline, or in tests one that fails on purpose. */
    interface Annotator {
        /** The batch API: all the texts, or an exception ({@link BatchAnnotationException}) when one fails. */
        List<Article> all(List<String> texts);

        /** One text, plain or HTML as the partition reads them. */
        Article one(String text);
    }

    /** This JVM's pipeline, built by the first task that asks for it. */
    private Annotator pipeline() {
        ArticlePipeline pipeline = ExecutorPipeline.get(maxInputChars);
        return new Annotator() {
            @Override
            public List<Article> all(List<String> texts) {
                return pipeline.annotateAll(texts, threads);
            }

            @Override
            public Article one(String text) {
                return html ? pipeline.annotateHtml(text) : pipeline.annotate(text);
            }
        };
    }

    /** The batch's rows with the annotation columns, in order. */
    List<Row> annotate(List<Row> batch, Annotator pipeline) {
        List<Object> results = new ArrayList<>(batch.size());   // a List<Object> of values, or a String error
        List<Integer> pending = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Row row : batch) {
            String text = row.isNullAt(textIndex) ? null : row.getString(textIndex);
            if (text == null) {
                counters.countNull();
                results.add(ArticleRows.failed("text is null", html));
            } else if (!html && text.length() > maxInputChars) {
                counters.countTooLong();
                results.add(ArticleRows.failed(tooLong(text.length()), html));
            } else {
                pending.add(results.size());
                texts.add(text);
                results.add(null);
            }
        }
        List<Article> articles = html ? null : annotateAll(pipeline, texts);
        for (int i = 0; i < texts.size(); i++) {
            int index = pending.get(i);
            if (articles != null) {
                counters.countAnnotated();
                results.set(index, ArticleRows.values(articles.get(i), html));
            } else {
                results.set(index, annotateOne(pipeline, texts.get(i)));
            }
        }
        List<Row> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            @SuppressWarnings("unchecked")
            List<Object> added = (List<Object>) results.get(i);
            Object[] values = new Object[row.length() + added.size()];
            for (int c = 0; c < row.length(); c++) {
                values[c] = row.get(c);
            }
            for (int c = 0; c < added.size(); c++) {
                values[row.length() + c] = added.get(c);
            }
            rows.add(RowFactory.create(values));
        }
        return rows;
    }

    /**
     * The batch API; null when it failed (a {@link BatchAnnotationException} names only the first failing text),
     * so that each text is then annotated alone and every failing one gets its own error.
     */
    private static List<Article> annotateAll(Annotator pipeline, List<String> texts) {
        try {
            return pipeline.all(texts);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One text alone: its values, or failed values naming the reason. */
    private List<Object> annotateOne(Annotator pipeline, String text) {
        try {
            Article article = pipeline.one(text);
            counters.countAnnotated();
            return ArticleRows.values(article, html);
        } catch (IllegalArgumentException e) {
            // the input contract's only IllegalArgumentException: text (for a page, its visible text) too long
            counters.countTooLong();
            return ArticleRows.failed(e.getMessage(), html);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            counters.countPipelineError();
            return ArticleRows.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), html);
        }
    }

    private String tooLong(int length) {
        return "text of " + length + " chars exceeds the limit of " + maxInputChars + " chars";
    }
}
