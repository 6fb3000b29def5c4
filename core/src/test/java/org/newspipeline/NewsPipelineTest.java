package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;

class NewsPipelineTest {

    @Test
    void nullInputIsANullPointerWithAMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> NewsPipeline.annotate(null));
        assertEquals("text must not be null", e.getMessage());
    }

    @Test
    void blankInputGivesAnEmptyArticle() {
        assertEquals(Article.empty(""), NewsPipeline.annotate(""));
        Article blank = NewsPipeline.annotate(" \r\n\t ");
        assertEquals(" \r\n\t ", blank.text());
        assertTrue(blank.body().isEmpty() && blank.quotes().isEmpty());
    }

    @Test
    void inputOverTheLimitIsRefusedNamingLimitAndLength() {
        ArticlePipeline small = NewsPipeline.builder().maxInputChars(10).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> small.annotate("This text is longer than ten chars."));
        assertTrue(e.getMessage().contains("35") && e.getMessage().contains("10"), e.getMessage());
    }

    @Test
    void builderChecksItsSettingAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> NewsPipeline.builder().maxInputChars(0));
    }

    @Test
    void theDefaultPipelineIsBuiltOnce() {
        assertSame(NewsPipeline.defaultPipeline(), NewsPipeline.defaultPipeline());
    }

    @Test
    void htmlModeOffsetsPointIntoTheExtractedTextAndMetadataIsFilled() {
        String html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://example.org/a\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Storm closes schools</h1>"
                + "<p>\"We have no choice,\" said Ann Lee, the head of the county schools, on Tuesday morning.</p>"
                + "</article></body></html>";
        Article article = NewsPipeline.annotateHtml(html);
        assertEquals("Home\nStorm closes schools\n\"We have no choice,\" said Ann Lee, the head of the county schools,"
                + " on Tuesday morning.", article.text());
        assertEquals("Storm closes schools", article.body().get(0).text());
        assertEquals(1, article.quotes().size());
        assertEquals("We have no choice,", article.textOf(article.quotes().get(0).span()));
        assertEquals(java.util.Optional.of("en"), article.metadata().language());
        assertEquals(java.util.Optional.of("https://example.org/a"), article.metadata().canonicalUrl());
        assertThrows(NullPointerException.class, () -> NewsPipeline.annotateHtml((String) null));
        assertThrows(NullPointerException.class, () -> NewsPipeline.annotateHtml((byte[]) null));
    }
}
