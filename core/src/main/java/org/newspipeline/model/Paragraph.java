package org.newspipeline.model;

import java.util.Objects;

/**
 * One paragraph of the article body: a line of the input that was kept as article text, without its surrounding
 * blanks.
 *
 * @param index the paragraph's position in {@link Article#body()}
 * @param span  where it stands in {@link Article#text()}
 * @param text  {@code span.of(article.text())}
 */
public record Paragraph(int index, Span span, String text) {

    /** @throws NullPointerException if {@code span} or {@code text} is null */
    public Paragraph {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
