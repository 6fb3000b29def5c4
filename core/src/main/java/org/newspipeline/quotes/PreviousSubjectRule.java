package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.EntityType;

/**
 * A paragraph that is nothing but a quote, with no reporting verb of its own or in the paragraph before, takes the
 * person that paragraph is about: the first "he" or "she", or person's name, that is the subject of a verb in its
 * last sentence, or else in the sentences before it, the nearest first; an age in commas may stand between the name
 * and its verb ({@code Six weeks later she reached the coast, having raised ...} or {@code Reid, 64, took over the
 * ferry in 1993. Back then ...}, then {@code "The hardest part was ..."}). Features and profiles let their subject
 * speak so; a quote of someone else is given a cue. The weakest of the rules, tried last.
 */
final class PreviousSubjectRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.4;

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int opening = doc.openingToken(quote);
        int sentence = doc.sentenceOf(quote);
        if (sentence <= 0 || opening >= doc.tokens().size() || doc.sentenceFirst(sentence) != opening
                || doc.paragraphOfSentence(sentence) != quote.paragraph() || !wholeParagraphQuoted(doc, sentence)) {
            return Optional.empty();
        }
        int previous = sentence - 1;
        if (doc.paragraphOfSentence(previous) != quote.paragraph() - 1 || hasQuoteOrCue(doc, previous)) {
            return Optional.empty();
        }
        for (int s = previous; s >= 0 && doc.paragraphOfSentence(s) == quote.paragraph() - 1; s--) {
            int end = doc.sentenceEnd(s);
            for (int k = doc.sentenceFirst(s); k + 1 < end; k++) {
                int subjectEnd = personEndingAt(doc, k, end);
                int verb = subjectEnd > 0 ? afterAge(doc, subjectEnd, end) : -1;
                if (verb > 0 && doc.token(verb).isVerb()) {
                    return Phrases.startingAt(doc, k, end)
                            .filter(p -> p.end() == subjectEnd)
                            .map(p -> new Candidate(p, doc.token(verb).span(), AttributionRule.CONTINUATION,
                                    CONFIDENCE));
                }
            }
        }
        return Optional.empty();
    }

    /** The token after an age set off by commas at token {@code i} (", 64,"), or {@code i} when none stands there. */
    private static int afterAge(DocumentView doc, int i, int end) {
        if (i + 3 < end && doc.token(i).word().equals(",")
                && doc.token(i + 1).pos().equals("CD") && doc.token(i + 2).word().equals(",")) {
            return i + 3;
        }
        return i;
    }

    /**
     * The token after a "he" or "she", or after a person's name, that starts at {@code k} and does not follow a
     * preposition ("the families on Mill Lane were told"); -1 if none does.
     */
    private static int personEndingAt(DocumentView doc, int k, int end) {
        if (k > 0 && (doc.token(k - 1).pos().equals("IN") || doc.token(k - 1).pos().equals("TO"))) {
            return -1;
        }
        String lower = doc.lower(k);
        if (Phrases.isPersonalPronoun(doc.token(k)) && (lower.equals("he") || lower.equals("she"))) {
            return k + 1;
        }
        for (EntityMention m : doc.entities().within(k, end)) {
            if (m.firstToken() == k && m.type() == EntityType.PERSON) {
                return m.endToken() < end ? m.endToken() : -1;
            }
        }
        return -1;
    }

    /** Whether every sentence of the quote's paragraph from this one on is nothing but quotation. */
    private static boolean wholeParagraphQuoted(DocumentView doc, int sentence) {
        int paragraph = doc.paragraphOfSentence(sentence);
        for (int s = sentence; s < doc.sentenceCount() && doc.paragraphOfSentence(s) == paragraph; s++) {
            if (!doc.isOnlyQuotation(s)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any sentence of the paragraph that ends with this one holds a quote or a reporting verb. */
    private static boolean hasQuoteOrCue(DocumentView doc, int last) {
        int paragraph = doc.paragraphOfSentence(last);
        for (int s = last; s >= 0 && doc.paragraphOfSentence(s) == paragraph; s--) {
            for (int i = doc.sentenceFirst(s); i < doc.sentenceEnd(s); i++) {
                if (doc.isQuoted(i) || doc.isCue(i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
