package org.newspipeline.pipeline;

import java.util.Objects;

/**
 * The input and a normalised copy of the same length: every offset into {@code normalized} is the same offset
 * into {@code original}, so no offset map is needed.
 *
 * @param original   the text given to {@code annotate}
 * @param normalized the text the stages read: line ends as {@code \n}, odd blanks as spaces, control characters
 *                   and broken surrogates as spaces
 */
public record NormalizedText(String original, String normalized) {

    /** @throws IllegalArgumentException if the two differ in length */
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalized, "normalized");
        if (original.length() != normalized.length()) {
            throw new IllegalArgumentException("Normalisation must keep the length");
        }
    }
}
