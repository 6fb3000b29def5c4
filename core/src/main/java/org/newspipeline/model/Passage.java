package org.newspipeline.model;

import java.util.Objects;

/**
 * One contiguous piece of an attribution's content.
 *
 * @param span where it lies in {@link Article#text()}
 * @param text {@code span.of(article.text())}
 */
public record Passage(Span span, String text) {

    /** @throws NullPointerException if {@code span} or {@code text} is null */
    public Passage {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
