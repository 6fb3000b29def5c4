package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;

/**
 * A quote that opens a paragraph right after a paragraph ending in a colon takes the subject of that colon's
 * reporting verb ({@code He said:} or {@code The New York Times reports:}, then {@code "..."}), or, when it has
 * none, the subject of that sentence ({@code Sanders made the following comment:}).
 */
final class ColonParagraphRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.8;
    private static final double SUBJECT_ONLY_FACTOR = 0.75;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int first = doc.firstTokenAtOrAfter(quote.outer().start());
        if (first == 0 || first >= doc.tokens().size()) {
            return Optional.empty();
        }
        int sentence = doc.token(first).sentenceIndex();
        int colon = first - 1;
        if (doc.sentenceFirst(sentence) != first || !doc.lower(colon).equals(":")
                || doc.paragraphOfSentence(doc.token(colon).sentenceIndex()) != quote.paragraph() - 1) {
            return Optional.empty();
        }
        int previous = doc.token(colon).sentenceIndex();
        for (int verb = colon - 1; verb >= doc.sentenceFirst(previous); verb--) {
            if (doc.isCue(verb)) {
                int v = verb;
                return Phrases.subjectOf(doc, verb, previous)
                        .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.COLON_PARAGRAPH, CONFIDENCE));
            }
        }
        // No reporting verb ("Sanders made the following comment:"): the subject of the colon's sentence.
        return Phrases.sentenceSubject(doc, previous)
                .map(p -> new Candidate(p, doc.token(colon).span(), AttributionRule.COLON_PARAGRAPH,
                        CONFIDENCE * SUBJECT_ONLY_FACTOR));
    }
}
