package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/**
 * A sentence that is nothing but the quote takes the subject of the last reporting verb of the sentence before it
 * in the same paragraph: {@code His partner called him a master of deals. "He showed again and again ..."}.
 */
final class PreviousSentenceRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.6;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int sentence = doc.sentenceOf(quote);
        if (sentence <= 0 || !doc.isOnlyQuotation(sentence)
                || doc.paragraphOfSentence(sentence - 1) != quote.paragraph()) {
            return Optional.empty();
        }
        int previous = sentence - 1;
        for (int verb = doc.sentenceEnd(previous) - 1; verb >= doc.sentenceFirst(previous); verb--) {
            if (!doc.isCue(verb)) {
                continue;
            }
            Optional<SpeakerPhrase> subject = Phrases.subjectOf(doc, verb, previous);
            if (subject.isEmpty() && doc.lexicon().invertingVerbs().contains(doc.token(verb).lemma())) {
                subject = Phrases.startingAt(doc, verb + 1, doc.sentenceEnd(previous));
            }
            if (subject.isPresent()) {
                int v = verb;
                return subject.map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.CONTINUATION,
                        CONFIDENCE));
            }
        }
        return Optional.empty();
    }
}
