package org.newspipeline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;

/**
 * A text on which the pipeline throws (no real input does, by the library's contract, so a stand-in pipeline
 * fails on purpose): that row gets the exception as its error, the rest of its batch is annotated.
 */
class AnnotatePartitionTest {

    /** Fails on texts that contain "boom", the way the batch API reports a failure. */
    private static final AnnotatePartition.Annotator FAILING = new AnnotatePartition.Annotator() {
        @Override
        public List<Article> all(List<String> texts) {
            List<Article> articles = new ArrayList<>();
            for (String text : texts) {
                articles.add(one(text));
            }
            return articles;
        }

        @Override
        public Article one(String text) {
            if (text.contains("boom")) {
                throw new IllegalStateException("the stand-in pipeline failed");
            }
            return Article.empty(text);
        }
    };

    private static final AnnotatePartition.Annotator BATCH_FAILING = new AnnotatePartition.Annotator() {
        @Override
        public List<Article> all(List<String> texts) {
            throw new IllegalStateException("the batch failed");
        }

        @Override
        public Article one(String text) {
            return FAILING.one(text);
        }
    };

    @Test
    void aRowThatMakesThePipelineThrowGetsTheErrorAndTheOthersAnnotations() {
        AnnotationCounters counters = AnnotationCounters.register(TestSpark.session().sparkContext());
        AnnotatePartition partition = new AnnotatePartition(1, false, 1000, 16, 1, counters);
        List<Row> batch = List.of(RowFactory.create("a", "fine"), RowFactory.create("b", "boom here"),
                RowFactory.create("c", "also fine"));
        for (AnnotatePartition.Annotator annotator : List.of(FAILING, BATCH_FAILING)) {
            List<Row> rows = partition.annotate(batch, annotator);
            int error = 2 + ArticleSchema.annotationColumns(false).fieldIndex(ArticleSchema.ERROR);
            assertEquals(3, rows.size());
            assertNull(rows.get(0).get(error));
            assertEquals("IllegalStateException: the stand-in pipeline failed", rows.get(1).get(error));
            assertNull(rows.get(2).get(error));
            assertEquals("c", rows.get(2).get(0));
            assertEquals("also fine", rows.get(2).get(1));
        }
        assertEquals(6, counters.rows());
        assertEquals(4, counters.annotated());
        assertEquals(2, counters.pipelineError());
        assertTrue(counters.toString().contains("pipeline error 2"));
    }
}
