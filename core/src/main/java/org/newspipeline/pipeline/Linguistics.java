package org.newspipeline.pipeline;

import java.util.List;
import java.util.Objects;
import org.newspipeline.model.Sentence;

/**
 * What CoreNLP found in the body, as plain records with offsets in the original text.
 *
 * @param body      the body it analysed
 * @param sentences the sentences, in text order
 * @param tokens    all tokens, in text order; {@code tokens.get(i).index() == i}
 */
public record Linguistics(BodyText body, List<Sentence> sentences, List<Token> tokens) {

    /** Copies the lists. */
    public Linguistics {
        Objects.requireNonNull(body, "body");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** @return the original input */
    public String text() {
        return body.text().original();
    }
}
