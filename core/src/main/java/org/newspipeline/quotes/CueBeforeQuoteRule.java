package org.newspipeline.quotes;

import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.AttributionRule;

/**
 * A reporting verb before the quote in its sentence, with its subject. When the nearest such verb has only a
 * colon, a comma, "that" or a short object between it and the quote, it introduces the quote
 * ({@code X said: "..."}, {@code X told reporters "..."}). Otherwise the quote is part of reported speech
 * ({@code X hailed the talks as an important step in "..."}), and the outermost reporting verb names the source
 * ({@code Officials said the towns had asked for "..."}: the officials), but of two verbs with the same subject
 * ({@code X thanked him and said a successor would be named "..."}) the nearer reports the quote.
 */
final class CueBeforeQuoteRule implements SpeakerRule {

    private static final double INTRODUCER_CONFIDENCE = 0.85;
    private static final double REPORTED_CONFIDENCE = 0.7;
    /** Objects that may stand between an introducing verb and its quote: "told reporters", "said of Clinton". */
    private static final int MAX_INTRODUCER_GAP = 4;
    /** The most tokens of an apposition between a speaker after the verb and the quote ("said Ann Lee, ..., "). */
    private static final int MAX_APPOSITION_GAP = 20;
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014", "\u2015");

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int quoteFirst = doc.openingToken(quote);
        int sentence = doc.sentenceOf(quote);
        if (sentence < 0) {
            return Optional.empty();
        }
        int first = doc.sentenceFirst(sentence);
        Optional<Candidate> beforeColon = verbBeforeColon(doc, quoteFirst, first);
        if (beforeColon.isPresent()) {
            return beforeColon;
        }
        Optional<Candidate> reported = Optional.empty();
        for (int verb = quoteFirst - 1; verb >= first; verb--) {
            if (!doc.isCue(verb)) {
                continue;
            }
            Optional<SpeakerPhrase> subject = subject(doc, verb, sentence, quoteFirst);
            if (subject.isEmpty()) {
                continue;
            }
            if (reported.isEmpty() && (isIntroducer(doc, verb, quoteFirst)
                    || subject.get().hasApposition() && subject.get().appositionEnd() == quoteFirst - 1)) {
                return Optional.of(new Candidate(subject.get(), doc.token(verb).span(),
                        AttributionRule.CUE_BEFORE_QUOTE, INTRODUCER_CONFIDENCE));
            }
            if (reported.isPresent() && samePhrase(reported.get().phrase(), subject.get())) {
                // A verb coordinated with the nearer one ("thanked him for ... and said ... "..."") has the same
                // subject: the nearer verb reports the quote.
                continue;
            }
            // In nested reported speech the outermost reporting verb names the source.
            reported = Optional.of(new Candidate(subject.get(), doc.token(verb).span(),
                    AttributionRule.REPORTED_SPEECH, REPORTED_CONFIDENCE));
        }
        return reported.isPresent() ? reported : label(doc, quoteFirst, sentence);
    }

    /**
     * {@code Rep. Trey Gowdy (R-S.C.): "..."}: a name and a colon, with no verb, open the sentence or follow a dash
     * ({@code HEADLINE IN CAPITALS - Jeffrey M. Jones: "..."}).
     */
    private static Optional<Candidate> label(DocumentView doc, int quoteFirst, int sentence) {
        int colon = quoteFirst - 1;
        if (colon <= doc.sentenceFirst(sentence) || !doc.lower(colon).equals(":")) {
            return Optional.empty();
        }
        return Phrases.endingAt(doc, colon - 1, doc.sentenceFirst(sentence))
                .filter(p -> p.first() == doc.sentenceFirst(sentence) || DASHES.contains(doc.lower(p.first() - 1)))
                .map(p -> new Candidate(p, doc.token(colon).span(), AttributionRule.CUE_BEFORE_QUOTE,
                        INTRODUCER_CONFIDENCE));
    }

    private static boolean samePhrase(SpeakerPhrase a, SpeakerPhrase b) {
        return a.first() == b.first() && a.end() == b.end();
    }

    private static Optional<SpeakerPhrase> subject(DocumentView doc, int verb, int sentence, int quoteFirst) {
        Optional<SpeakerPhrase> subject = Phrases.subjectOf(doc, verb, sentence);
        return subject.isPresent() ? subject : invertedSubject(doc, verb, quoteFirst);
    }

    /**
     * {@code said Smith: "..."}: a phrase right after the verb, then a colon or comma, then the quote; or the phrase,
     * an apposition between commas and the quote ({@code "...," said Ann Lee, an economist, "..."}).
     */
    private static Optional<SpeakerPhrase> invertedSubject(DocumentView doc, int verb, int quoteFirst) {
        String before = doc.lower(quoteFirst - 1);
        if (!before.equals(":") && !before.equals(",")) {
            return Optional.empty();
        }
        Optional<SpeakerPhrase> phrase = Phrases.startingAt(doc, verb + 1, quoteFirst);
        if (phrase.isEmpty() || phrase.get().end() == quoteFirst - 1) {
            return phrase;
        }
        int comma = phrase.get().end();
        boolean apposition = before.equals(",") && doc.lower(comma).equals(",")
                && quoteFirst - 1 - comma <= MAX_APPOSITION_GAP && !quotedBetween(doc, comma, quoteFirst - 1);
        return apposition ? Optional.of(phrase.get().withApposition(comma + 1, quoteFirst - 1)) : Optional.empty();
    }

    private static boolean quotedBetween(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb introduces the quote: nothing, or a short object and then a colon, a comma or "that", stand
     * between them ("told reporters:", "said of the mayor,"). A finite verb after a comma in that gap opens a clause
     * of its own ("... his players wrote, he smiled: "): the verb does not introduce the quote.
     */
    private static boolean isIntroducer(DocumentView doc, int verb, int quoteFirst) {
        int gap = quoteFirst - verb - 1;
        if (gap == 0) {
            return true;
        }
        String last = doc.lower(quoteFirst - 1);
        if (gap > MAX_INTRODUCER_GAP || !(last.equals(":") || last.equals(",") || last.equals("that"))) {
            return false;
        }
        boolean comma = false;
        for (int k = verb + 1; k < quoteFirst - 1; k++) {
            comma |= doc.lower(k).equals(",");
            if (comma && doc.isFiniteVerb(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code Ann Holm shrugged: "..."}: a name or a personal pronoun, then a verb in the past or present (an adverb or
     * a particle may follow) and a colon right before the quote: the verb is the quote's cue whatever it is.
     */
    private static Optional<Candidate> verbBeforeColon(DocumentView doc, int quoteFirst, int sentenceFirst) {
        int colon = quoteFirst - 1;
        if (colon <= sentenceFirst || !doc.lower(colon).equals(":") || doc.isQuoted(colon)) {
            return Optional.empty();
        }
        int verb = colon - 1;
        while (verb > sentenceFirst && (doc.token(verb).pos().equals("RP") || doc.token(verb).pos().equals("RB"))) {
            verb--;
        }
        String pos = doc.token(verb).pos();
        if (doc.isQuoted(verb) || doc.isCue(verb) || !pos.equals("VBD") && !pos.equals("VBZ")) {
            return Optional.empty();
        }
        int v = verb;
        return Phrases.nameOrPronounBefore(doc, v, sentenceFirst)
                .map(p -> new Candidate(p, doc.token(v).span(), AttributionRule.CUE_BEFORE_QUOTE,
                        INTRODUCER_CONFIDENCE));
    }
}
