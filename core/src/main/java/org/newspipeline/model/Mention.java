package org.newspipeline.model;

import java.util.Objects;

/**
 * One place in the text that names or refers to an entity or a speaker ("Ms Dahl", "a spokesman", "he").
 *
 * @param span          where it stands in {@link Article#text()}
 * @param text          {@code span.of(article.text())}
 * @param sentenceIndex the index of the {@link Sentence} it lies in
 */
public record Mention(Span span, String text, int sentenceIndex) {

    /** @throws NullPointerException if {@code span} or {@code text} is null */
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
