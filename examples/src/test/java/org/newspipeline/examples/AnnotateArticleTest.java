package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Quote;

class AnnotateArticleTest {

    @Test
    void bundledSampleShowsItsQuotesWithSpeakers() throws Exception {
        Article article = NewsPipeline.annotate(AnnotateArticle.sample());
        assertEquals(6, article.quotes().size());
        assertTrue(article.quotes().stream().allMatch(q -> q.speaker().isPresent()), article.quotes().toString());
        assertFalse(article.body().stream().anyMatch(p -> p.text().contains("Related stories")));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnotateArticle.report(article, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        Quote first = article.quotes().get(0);
        assertTrue(report.contains(first.text()));
        assertTrue(report.contains("-- Maria Lindqvist (PERSON)"), report);
        assertTrue(report.contains("headline: Harbour towns agree to share flood defences after a winter of storms"),
                report);
    }
}
