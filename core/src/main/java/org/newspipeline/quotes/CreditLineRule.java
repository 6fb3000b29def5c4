package org.newspipeline.quotes;

import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.AttributionRule;

/** A dash and a name after the quote, ending its paragraph: {@code "..." ― Karin Lund}. */
final class CreditLineRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.85;
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "-", "--");

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int dash = doc.tokenAfter(quote);
        if (dash < 0 || dash + 1 >= doc.tokens().size() || !DASHES.contains(doc.token(dash).word())) {
            return Optional.empty();
        }
        int sentence = doc.token(dash).sentenceIndex();
        int end = doc.sentenceEnd(sentence);
        return Phrases.startingAt(doc, dash + 1, end)
                .filter(p -> doc.token(p.head()).isProperNoun() && restIsPunctuation(doc, p.end(), end)
                        && lastSentenceOfParagraph(doc, sentence))
                .map(p -> new Candidate(p, doc.token(dash).span(), AttributionRule.CREDIT_LINE, CONFIDENCE));
    }

    private static boolean restIsPunctuation(DocumentView doc, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!doc.token(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    private static boolean lastSentenceOfParagraph(DocumentView doc, int sentence) {
        return sentence + 1 >= doc.sentenceCount()
                || doc.paragraphOfSentence(sentence + 1) != doc.paragraphOfSentence(sentence);
    }
}
