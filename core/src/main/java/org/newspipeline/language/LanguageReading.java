package org.newspipeline.language;

import java.util.Objects;
import java.util.Optional;

/**
 * What the language detector reads in a text.
 *
 * @param guess   its language when the detector is sure of it, else empty
 * @param english whether it may be English: its sure language is English, or the detector is sure of none and does
 *                not find it surely another ({@link LanguageIdentifier#read})
 */
public record LanguageReading(Optional<LanguageGuess> guess, boolean english) {

    /** @throws NullPointerException if {@code guess} is null */
    public LanguageReading {
        Objects.requireNonNull(guess, "guess");
    }
}
