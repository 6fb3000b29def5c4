package org.newspipeline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation in the article body and, when the text says who spoke, its speaker.
 *
 * <p>A quotation that runs over several paragraphs (news style: each paragraph opens with a mark, only the last
 * closes) gives one quote per paragraph, all with the same speaker.
 *
 * @param index          its position in {@link Article#quotes()}
 * @param span           the quoted words in {@link Article#text()}, without the quotation marks
 * @param text           {@code span.of(article.text())}
 * @param speaker        who said it, or empty when no speaker is in sight (a wrong speaker is worse than none)
 * @param speakerMention the words the attribution used ("he", "port authority director Ana Ruiz");
 *                       present exactly when {@code speaker} is
 * @param cue            the reporting words ("said", "according to"), when a rule used one
 * @param rule           the rule that attributed the quote, {@link AttributionRule#NONE} when none did
 * @param confidence     how sure the rule is, from 0 (no speaker) to 1
 */
public record Quote(int index, Span span, String text, Optional<Speaker> speaker, Optional<Mention> speakerMention,
                    Optional<Span> cue, AttributionRule rule, double confidence) {

    /**
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if the speaker and its mention are not both present or both absent, or the
     *                                  confidence is outside [0, 1]
     */
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerMention, "speakerMention");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(rule, "rule");
        if (speaker.isPresent() != speakerMention.isPresent()) {
            throw new IllegalArgumentException("A quote's speaker and speaker mention go together");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }
}
