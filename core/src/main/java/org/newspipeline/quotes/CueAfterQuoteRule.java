package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/**
 * A reporting verb right after the quote, with its subject before or after it: {@code "...," he told journalists},
 * {@code "...," the campaign said in a statement}, {@code "...," Smith, a spokesman, said},
 * {@code "...," said Mr. Smith}.
 */
final class CueAfterQuoteRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.9;
    /** How many tokens of subject (apposition included) may stand between the quote and the verb. */
    private static final int MAX_SUBJECT_TOKENS = 20;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int i = doc.firstTokenAtOrAfter(quote.outer().end());
        if (i >= doc.tokens().size()) {
            return Optional.empty();
        }
        int sentence = doc.token(i).sentenceIndex();
        if (doc.paragraphOfSentence(sentence) != quote.paragraph()) {
            return Optional.empty();
        }
        int end = doc.sentenceEnd(sentence);
        while (i < end && (doc.isQuoted(i) || isLeadingPunctuation(doc.lower(i)))) {
            if (doc.isQuoted(i) && !doc.token(i).isPunctuation()) {
                return Optional.empty();
            }
            i++;
        }
        if (i >= end) {
            return Optional.empty();
        }
        if (doc.isCue(i)) {
            int verb = i;
            return Phrases.startingAt(doc, verb + 1, end)
                    .map(p -> new Candidate(p, doc.token(verb).span(), AttributionRule.CUE_AFTER_QUOTE, CONFIDENCE));
        }
        int subjectFirst = i;
        for (int verb = i + 1; verb < Math.min(end, i + MAX_SUBJECT_TOKENS); verb++) {
            if (doc.isQuoted(verb)) {
                return Optional.empty();
            }
            if (doc.isCue(verb)) {
                int v = verb;
                return Phrases.subjectBefore(doc, verb, subjectFirst)
                        .filter(p -> p.first() == subjectFirst)
                        .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.CUE_AFTER_QUOTE, CONFIDENCE));
            }
        }
        return Optional.empty();
    }

    private static boolean isLeadingPunctuation(String word) {
        return word.equals(",") || word.equals("--") || word.equals("-") || word.equals("\u2014")
                || word.equals("\u2013") || word.equals("''") || word.equals("``") || word.equals("'");
    }
}
