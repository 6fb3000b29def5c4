package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/**
 * An attribution clause set off by a comma later in the quote's sentence: {@code A driver who "runs a red light
 * twice" loses the licence, Lund said} or {@code ..., said Lund}.
 */
final class TrailingClauseRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.75;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int i = doc.tokenAfter(quote);
        if (i < 0) {
            return Optional.empty();
        }
        int sentence = doc.token(i).sentenceIndex();
        int end = doc.sentenceEnd(sentence);
        for (int verb = i; verb < end; verb++) {
            if (!doc.isCue(verb)) {
                continue;
            }
            int v = verb;
            Optional<SpeakerPhrase> before = Phrases.subjectBefore(doc, verb, i)
                    .filter(p -> p.first() > i && doc.lower(p.first() - 1).equals(","));
            if (before.isPresent()) {
                return before.map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.TRAILING_CLAUSE,
                        CONFIDENCE));
            }
            if (verb > i && doc.lower(verb - 1).equals(",")) {
                return Phrases.startingAt(doc, verb + 1, end)
                        .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.TRAILING_CLAUSE, CONFIDENCE));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
