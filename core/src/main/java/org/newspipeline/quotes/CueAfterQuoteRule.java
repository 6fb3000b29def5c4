package org.newspipeline.quotes;

import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.AttributionRule;

/**
 * A reporting verb right after the quote, with its subject before or after it: {@code "...," he told journalists},
 * {@code "...," the campaign said in a statement}, {@code "...," Smith, a spokesman, said},
 * {@code "...," said Mr. Smith} (only verbs that news writes before their subject), or a participle whose subject
 * is the sentence's ({@code Lee stood by the deal, "a fair one for both sides," telling reporters ...}), unless a
 * reporting verb stands before the quote in its sentence ({@code She said the vote was "a dark day," adding ...}:
 * the quote is part of that report, and the participle opens another). After a quote that ends in a comma, question
 * or exclamation mark, a name or a pronoun and any verb that ends the clause is a cue too ({@code "...," Holm shot
 * back.}). The quote must be set off from the clause that follows.
 */
final class CueAfterQuoteRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.9;
    /** How many tokens of subject (apposition included) may stand between the quote and the verb. */
    private static final int MAX_SUBJECT_TOKENS = 30;
    /** How many tokens a name or pronoun before a verb that is no reporting verb may take, the verb included. */
    private static final int MAX_NAME_TOKENS = 5;
    /** Tags of words after which a quote is part of a noun phrase: {@code the "Never Trump" movement}. */
    private static final Set<String> NOUN_PHRASE_INSIDE = Set.of("DT", "PRP$", "POS", "JJ",
            "CD", "NN", "NNS", "NNP", "NNPS");

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int i = doc.tokenAfter(quote);
        if (i < 0) {
            return Optional.empty();
        }
        int sentence = doc.token(i).sentenceIndex();
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
        if (!setOff(quote, doc, i)) {
            return Optional.empty();
        }
        if (doc.isCue(i)) {
            int verb = i;
            Optional<SpeakerPhrase> subject;
            if (doc.token(verb).pos().equals("VBG")) {
                if (cueBefore(quote, doc, sentence)) {
                    // "She said the vote was "a dark day," adding: ...": the quote is part of the earlier report, and
                    // the participle opens another
                    return Optional.empty();
                }
                // "...as "fantastic," telling reporters ...": the participle's subject is the sentence's.
                subject = Phrases.subjectOf(doc, verb, sentence);
            } else if (doc.lexicon().invertingVerbs().contains(doc.token(verb).lemma())
                    || doc.lower(verb).equals("said") || doc.lower(verb).equals("says")) {
                subject = Phrases.startingAt(doc, verb + 1, end).map(p -> Phrases.withNameAfter(doc, p, end));
            } else {
                subject = Optional.empty();
            }
            return subject.map(p -> new Candidate(p, doc.token(verb).span(), AttributionRule.CUE_AFTER_QUOTE,
                    CONFIDENCE));
        }
        int subjectFirst = i;
        for (int verb = i + 1; verb < Math.min(end, i + MAX_SUBJECT_TOKENS); verb++) {
            if (doc.isQuoted(verb)) {
                return Optional.empty();
            }
            if (doc.isCue(verb) && !Phrases.opensRelativeClause(doc, verb)) {
                int v = verb;
                return Phrases.subjectBefore(doc, verb, subjectFirst)
                        .filter(p -> p.first() == subjectFirst)
                        .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.CUE_AFTER_QUOTE, CONFIDENCE));
            }
        }
        return anyVerb(quote, doc, subjectFirst, end);
    }

    /** Whether a reporting verb outside quotes stands before the quote in its sentence. */
    private static boolean cueBefore(QuoteSegment quote, DocumentView doc, int sentence) {
        int quoteFirst = doc.firstTokenAtOrAfter(quote.outer().start());
        for (int k = doc.sentenceFirst(sentence); k < quoteFirst; k++) {
            if (!doc.isQuoted(k) && doc.isCue(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code "...," Ann Holm shot back.}: a quote that ends in a comma, question or exclamation mark, then a name or a
     * personal pronoun and a verb in the past or present that ends the clause (a particle or an adverb may follow):
     * the verb is the quote's cue whatever it is ("retorted", "went on", "fired back").
     */
    private static Optional<Candidate> anyVerb(QuoteSegment quote, DocumentView doc, int subjectFirst, int end) {
        char last = doc.text().charAt(quote.content().end() - 1);
        if (",?!".indexOf(last) < 0) {
            return Optional.empty();
        }
        for (int verb = subjectFirst + 1; verb < Math.min(end, subjectFirst + MAX_NAME_TOKENS); verb++) {
            String pos = doc.token(verb).pos();
            if (!pos.equals("VBD") && !pos.equals("VBZ")) {
                continue;
            }
            int k = verb + 1;
            while (k < end && (doc.token(k).pos().equals("RP") || doc.token(k).pos().equals("RB"))) {
                k++;
            }
            boolean closes = k >= end || doc.token(k).word().equals(",") || doc.token(k).word().equals(".")
                    || doc.isQuoted(k);
            if (!closes) {
                return Optional.empty();
            }
            int v = verb;
            return Phrases.nameOrPronounBefore(doc, v, subjectFirst)
                    .filter(p -> p.first() == subjectFirst)
                    .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.CUE_AFTER_QUOTE, CONFIDENCE));
        }
        return Optional.empty();
    }

    /**
     * True when the quote is set off from what follows as a quotation is from its attribution: it ends in a comma,
     * question or exclamation mark or dash, or a comma follows it, or it ends a sentence and the next word is in
     * lower case ({@code "...." he said}), or it has no punctuation and does not stand inside a noun phrase
     * ({@code "...niches" Grubbs said}, but not {@code the "Never Trump" movement continues}).
     */
    private static boolean setOff(QuoteSegment quote, DocumentView doc, int next) {
        String text = doc.text();
        int last = quote.content().end() - 1;
        char end = text.charAt(last);
        if (",?!—–-…".indexOf(end) >= 0) {
            return true;
        }
        int after = quote.outer().end();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '—')) {
            return true;
        }
        if (end == '.') {
            return Character.isLowerCase(doc.token(next).word().charAt(0));
        }
        // No punctuation at all ("...niches" Grubbs said): set off unless the quote sits inside a noun phrase.
        int before = doc.lastTokenEndingBy(quote.outer().start());
        return before >= 0 && !NOUN_PHRASE_INSIDE.contains(doc.token(before).pos())
                && !doc.lower(before).equals("of");
    }

    private static boolean isLeadingPunctuation(String word) {
        return word.equals(",") || word.equals("--") || word.equals("-") || word.equals("\u2014")
                || word.equals("\u2013") || word.equals("''") || word.equals("``") || word.equals("'");
    }
}
