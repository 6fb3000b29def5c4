package org.newspipeline.language;

import java.util.Objects;

/**
 * The language a text is most likely written in.
 *
 * @param code       ISO 639-1 code where the language has one ("en", "de"), else the ISO 639-3 code
 * @param confidence the detector's probability for it, 0 to 1
 */
public record LanguageGuess(String code, double confidence) {

    /** @throws NullPointerException if {@code code} is null */
    public LanguageGuess {
        Objects.requireNonNull(code, "code");
    }

    /** @return whether the language is English */
    public boolean isEnglish() {
        return code.equals("en");
    }
}
