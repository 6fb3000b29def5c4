package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/**
 * The last resort: a quote after the main verb of a sentence whose subject names someone is taken as that
 * subject's words, whatever the verb: {@code Holm has gone after the mayor as a "paper tiger"},
 * {@code Another critic likened the plan to "building on sand"}. Only a subject that the resolver turns
 * into a person, organisation or group counts.
 */
final class SentenceSubjectRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.5;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int quoteFirst = doc.openingToken(quote);
        int sentence = doc.sentenceOf(quote);
        if (sentence < 0) {
            return Optional.empty();
        }
        return Phrases.sentenceSubject(doc, sentence)
                .filter(p -> p.end() < quoteFirst && verbBetween(doc, p.end(), quoteFirst))
                .map(p -> new Candidate(p, doc.token(firstVerb(doc, p.end(), quoteFirst)).span(),
                        AttributionRule.REPORTED_SPEECH, CONFIDENCE));
    }

    private static boolean verbBetween(DocumentView doc, int from, int to) {
        return firstVerb(doc, from, to) < to;
    }

    private static int firstVerb(DocumentView doc, int from, int to) {
        int i = from;
        while (i < to && !doc.token(i).isVerb()) {
            i++;
        }
        return i;
    }
}
