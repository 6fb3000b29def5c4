package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/** {@code "...", according to X} or {@code According to X, "..."} in the quote's sentence. */
final class AccordingToRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.8;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int sentence = doc.sentenceOf(quote);
        if (sentence < 0) {
            return Optional.empty();
        }
        int end = doc.sentenceEnd(sentence);
        for (int i = doc.sentenceFirst(sentence); i + 2 < end; i++) {
            if (!doc.isQuoted(i) && doc.lower(i).equals("according") && doc.lower(i + 1).equals("to")) {
                int cueFirst = i;
                return Phrases.startingAt(doc, i + 2, end)
                        .map(p -> new Candidate(p, doc.span(cueFirst, cueFirst + 2), AttributionRule.ACCORDING_TO,
                                CONFIDENCE));
            }
        }
        return Optional.empty();
    }
}
