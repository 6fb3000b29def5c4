package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.pipeline.Token;

/**
 * A quote in the headline whose words before a colon name the speaker: {@code Ann Berg: Harbour Towns Worried
 * ...; It's 'Not Over Yet.'}. The headline is the first body paragraph when it is short and not a run of
 * sentences.
 */
final class HeadlineColonRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.7;
    private static final int MAX_NAME_TOKENS = 6;
    private static final int MAX_HEADLINE_TOKENS = 40;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        if (quote.paragraph() != 0) {
            return Optional.empty();
        }
        int colon = sourceColon(doc);
        if (colon < 0 || doc.token(colon).span().start() > quote.outer().start()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(new SpeakerPhrase(0, colon, colon - 1), doc.token(colon).span(),
                AttributionRule.HEADLINE_COLON, CONFIDENCE));
    }

    /**
     * The colon of a headline that opens with a name and a colon ({@code Ann Berg: ...}): the first body paragraph,
     * one sentence of at most {@value #MAX_HEADLINE_TOKENS} tokens, whose first colon stands within its first
     * {@value #MAX_NAME_TOKENS} tokens after a noun or a capitalised word, nothing before it quoted and no number
     * (a match score, {@code Harbour City 2-1 Westmoor: ...}, or a year names no one).
     *
     * @return the colon's token, or -1 when the document has no such headline
     */
    static int sourceColon(DocumentView doc) {
        if (doc.tokens().isEmpty() || doc.paragraphOfSentence(0) != 0) {
            return -1;
        }
        int end = doc.sentenceCount() > 1 && doc.paragraphOfSentence(1) == 0 ? -1 : doc.sentenceEnd(0);
        if (end < 0 || end > MAX_HEADLINE_TOKENS) {
            return -1;
        }
        for (int colon = 1; colon <= Math.min(MAX_NAME_TOKENS, end - 1); colon++) {
            if (doc.isQuoted(colon) || doc.token(colon).pos().equals("CD")) {
                return -1;
            }
            if (doc.lower(colon).equals(":")) {
                Token name = doc.token(colon - 1);
                boolean nameLike = name.isNoun() || Character.isUpperCase(name.word().charAt(0));
                return nameLike ? colon : -1;
            }
        }
        return -1;
    }
}
