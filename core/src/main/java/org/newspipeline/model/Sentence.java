package org.newspipeline.model;

import java.util.Objects;

/**
 * A sentence of the article body. A sentence never crosses a paragraph break.
 *
 * @param index          its position in {@link Article#sentences()}
 * @param paragraphIndex the index of the {@link Paragraph} it belongs to
 * @param span           where it stands in {@link Article#text()}
 * @param text           {@code span.of(article.text())}
 */
public record Sentence(int index, int paragraphIndex, Span span, String text) {

    /** @throws NullPointerException if {@code span} or {@code text} is null */
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
