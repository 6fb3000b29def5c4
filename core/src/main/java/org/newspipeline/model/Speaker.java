package org.newspipeline.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone to whom at least one quote is attributed. All the mentions used to attribute quotes to the same source
 * ("Libyan government spokesman Moussa Ibrahim", "he") are grouped in one speaker.
 *
 * @param name         the best name in the article ("Moussa Ibrahim", "the US state department"); never a
 *                     pronoun
 * @param type         what kind of source it is
 * @param mentions     the mentions through which quotes were attributed to it, in text order
 * @param quoteIndices indices into {@link Article#quotes()} of its quotes, ascending; see
 *                     {@link Article#quotesBy(Speaker)}
 */
public record Speaker(String name, SpeakerType type, List<Mention> mentions, List<Integer> quoteIndices) {

    /** @throws NullPointerException if any component or element is null */
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        quoteIndices = List.copyOf(quoteIndices);
    }
}
