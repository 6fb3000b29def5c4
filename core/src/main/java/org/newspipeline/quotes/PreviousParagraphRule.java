package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/**
 * A quote that opens a paragraph takes the subject of the last reporting verb of the paragraph before, when that
 * paragraph ends in reported speech without a quote of its own: {@code His chief strategist, Tad Devine, said the
 * campaign would now turn to his life story.} then {@code "This is a guy who ..."}.
 */
final class PreviousParagraphRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.5;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int opening = doc.openingToken(quote);
        int sentence = doc.sentenceOf(quote);
        if (sentence <= 0 || opening >= doc.tokens().size()
                || doc.paragraphOfSentence(doc.token(opening).sentenceIndex()) != quote.paragraph()
                || doc.sentenceFirst(doc.token(opening).sentenceIndex()) != opening) {
            return Optional.empty();
        }
        int previous = doc.token(opening).sentenceIndex() - 1;
        if (previous < 0 || doc.paragraphOfSentence(previous) != quote.paragraph() - 1
                || hasQuote(doc, previous)) {
            return Optional.empty();
        }
        for (int verb = doc.sentenceEnd(previous) - 1; verb >= doc.sentenceFirst(previous); verb--) {
            if (doc.isCue(verb)) {
                int v = verb;
                return Phrases.subjectOf(doc, verb, previous)
                        .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.CONTINUATION, CONFIDENCE));
            }
        }
        return Optional.empty();
    }

    private static boolean hasQuote(DocumentView doc, int sentence) {
        for (int i = doc.sentenceFirst(sentence); i < doc.sentenceEnd(sentence); i++) {
            if (doc.isQuoted(i)) {
                return true;
            }
        }
        return false;
    }
}
