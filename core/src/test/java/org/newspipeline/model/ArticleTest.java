package org.newspipeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

    //                                    0         1         2
    //                                    0123456789012345678901234567
    private static final String TEXT = "\"We won,\" Ann Lee said.";

    @Test
    void rejectsASpanWhoseTextDiffersFromTheInput() {
        Paragraph wrong = new Paragraph(0, new Span(0, 5), "other");
        assertThrows(IllegalArgumentException.class, () -> new Article(TEXT, List.of(wrong), List.of(), List.of(),
                List.of(), List.of(), List.of(), Metadata.none()));
    }

    @Test
    void rejectsASpanOutsideTheInput() {
        Paragraph outside = new Paragraph(0, new Span(0, 50), TEXT);
        assertThrows(IllegalArgumentException.class, () -> new Article(TEXT, List.of(outside), List.of(),
                List.of(), List.of(), List.of(), List.of(), Metadata.none()));
    }

    @Test
    void quotesByReturnsTheSpeakersQuotes() {
        Mention ann = new Mention(new Span(10, 17), "Ann Lee", 0);
        Speaker speaker = new Speaker("Ann Lee", SpeakerType.PERSON, List.of(ann), List.of(0));
        Quote quote = new Quote(0, new Span(1, 7), "We won", Optional.of(speaker), Optional.of(ann),
                Optional.of(new Span(18, 22)), AttributionRule.CUE_AFTER_QUOTE, 0.9);
        Article article = new Article(TEXT, List.of(), List.of(), List.of(), List.of(), List.of(quote),
                List.of(speaker), Metadata.none());
        assertEquals(List.of(quote), article.quotesBy(speaker));
    }

    @Test
    void speakerAndMentionGoTogether() {
        assertThrows(IllegalArgumentException.class, () -> new Quote(0, new Span(1, 7), "We won", Optional.empty(),
                Optional.of(new Mention(new Span(10, 17), "Ann Lee", 0)), Optional.empty(), AttributionRule.NONE, 0));
    }
}
