package org.newspipeline.model;

import java.util.Objects;

/**
 * A sentence of the article body. A sentence never crosses a paragraph break.
 *
 * @param index          its position in {@link Article#sentences()}
 * @param paragraphIndex the index of the {@link Paragraph} it belongs to
 * @param span           where it stands in {@link Article#text()}
 * @param text           {@code span.of(article.text())}
 * @param tagged         whether its words were tagged (parts of speech, lemmas, named entities); false in a body
 *                       that is not in English (the English models would only get it wrong), and for text made to
 *                       be slow to tag, past the time the pipeline allows per char of input; then no entity,
 *                       speaker or reported speech is found in it (quotation marks still are)
 */
public record Sentence(int index, int paragraphIndex, Span span, String text, boolean tagged) {

    /** @throws NullPointerException if {@code span} or {@code text} is null */
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A tagged sentence.
     *
     * @param index          its position in {@link Article#sentences()}
     * @param paragraphIndex the index of the {@link Paragraph} it belongs to
     * @param span           where it stands in {@link Article#text()}
     * @param text           {@code span.of(article.text())}
     */
    public Sentence(int index, int paragraphIndex, Span span, String text) {
        this(index, paragraphIndex, span, text, true);
    }
}
