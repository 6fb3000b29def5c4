package org.newspipeline.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone to whom at least one attribution is made. All the mentions used to attribute quotes and reported speech
 * to the same source ("port authority director Ana Ruiz", "she") are grouped in one speaker.
 *
 * @param name         the best name in the article ("Ana Ruiz", "the city transport department"); never a
 *                     pronoun
 * @param type         what kind of source it is
 * @param mentions     the mentions through which quotes and reported speech were attributed to it, in text order
 * @param quoteIndices indices into {@link Article#quotes()} of its quotes, ascending; see
 *                     {@link Article#quotesBy(Speaker)}
 * @param attributionIndices indices into {@link Article#attributions()} of its attributions, ascending; see
 *                     {@link Article#attributionsBy(Speaker)}
 */
public record Speaker(String name, SpeakerType type, List<Mention> mentions, List<Integer> quoteIndices,
                      List<Integer> attributionIndices) {

    /** @throws NullPointerException if any component or element is null */
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        quoteIndices = List.copyOf(quoteIndices);
        attributionIndices = List.copyOf(attributionIndices);
    }

    /**
     * A speaker of quotes only, with no attribution listed (the form of version 0.1).
     *
     * @param name         the best name
     * @param type         what kind of source
     * @param mentions     its mentions
     * @param quoteIndices its quotes
     */
    public Speaker(String name, SpeakerType type, List<Mention> mentions, List<Integer> quoteIndices) {
        this(name, type, mentions, quoteIndices, List.of());
    }
}
