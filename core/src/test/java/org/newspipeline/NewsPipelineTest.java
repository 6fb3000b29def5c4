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
}
