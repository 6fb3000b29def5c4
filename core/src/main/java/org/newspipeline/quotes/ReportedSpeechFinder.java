package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Token;

/**
 * Finds reported speech in a document from its reporting words: a cue verb with its subject and the clause it
 * reports ({@code X said (that) ...}, {@code ..., X said}, {@code ..., said X}, {@code The plan, X said, is ...}),
 * and {@code according to X}. Quotation marks do not matter here: a quote inside the reported clause is part of
 * it. Each sentence's cues are read left to right, and a cue inside the content of an earlier one is part of that
 * content (attributions do not nest).
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedSpeechFinder {

    /** Verbs whose first object names the hearer, not what was said: "told reporters that ...". */
    private static final Set<String> HEARER_VERBS = Set.of("tell", "inform", "assure", "remind", "notify",
            "promise", "convince", "persuade", "advise", "brief");
    /** Conjunctions that, after a comma, start a clause of the writer's own. */
    private static final Set<String> CLAUSE_JOINERS = Set.of("but", "while", "although", "though", "whereas", "yet");
    /** Words that open a reported clause although tagged as prepositions. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when");
    /** How far "that" may follow a cue over a phrase such as "in a statement on Monday". */
    private static final int MAX_PHRASE_BEFORE_THAT = 8;
    /** How many words may follow a closing cue: "said in a statement on Tuesday". */
    private static final int MAX_ADJUNCT_WORDS = 6;
    /** A content needs at least this many tokens that are not punctuation. */
    private static final int MIN_CONTENT_WORDS = 2;

    /**
     * @param doc the document
     * @return its reported speech, in text order
     */
    List<ReportedSpeech> find(DocumentView doc) {
        List<ReportedSpeech> out = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int first = doc.sentenceFirst(s);
            if (first < 0) {
                continue;
            }
            int end = doc.sentenceEnd(s);
            Optional<ReportedSpeech> closing = closingCue(doc, s);
            if (closing.isPresent()) {
                // "Three towns agreed to ..., the council said.": the closing cue reports the whole sentence.
                out.add(closing.get());
                continue;
            }
            int claimedUntil = first;
            for (int i = first; i < end; i++) {
                if (i < claimedUntil || doc.isQuoted(i)) {
                    continue;
                }
                Optional<ReportedSpeech> found = accordingTo(doc, s, i);
                if (found.isEmpty() && isCue(doc, i)) {
                    found = aroundVerb(doc, s, i);
                }
                if (found.isPresent()) {
                    out.add(found.get());
                    int lastToken = doc.lastTokenEndingBy(found.get().extent().end());
                    claimedUntil = Math.max(i + 1, lastToken + 1);
                }
            }
        }
        return out;
    }

    /** The reported speech of a cue that closes its sentence ({@code ..., X said on Monday.}), if any. */
    private static Optional<ReportedSpeech> closingCue(DocumentView doc, int sentence) {
        int first = doc.sentenceFirst(sentence);
        for (int i = doc.sentenceEnd(sentence) - 1; i > first; i--) {
            if (isCue(doc, i)) {
                return aroundVerb(doc, sentence, i).filter(r -> r.rule() == AttributionRule.REPORTED_BEFORE_CUE);
            }
        }
        return Optional.empty();
    }

    /** A verb that marks attributions (a lemma of the fitted cue list, or "said"), not inside a quote. */
    private static boolean isCue(DocumentView doc, int i) {
        Token t = doc.token(i);
        if (doc.isQuoted(i) || isInfinitiveOrAuxiliaryUse(doc, i)) {
            return false;
        }
        String word = doc.lower(i);
        if (word.equals("said") || word.equals("says")) {
            return true;
        }
        return t.isVerb() && doc.lexicon().attributionCues().containsKey(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "to say" after a verb of wanting is no report, nor is a past participle without "have" ("a plan opposed by
     * Congress", "was rejected"); "had said" is a report.
     */
    private static boolean isInfinitiveOrAuxiliaryUse(DocumentView doc, int i) {
        if (i > 0 && doc.lower(i - 1).equals("to") && doc.token(i).pos().equals("VB")) {
            return true;
        }
        if (!doc.token(i).pos().equals("VBN")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && doc.token(k).pos().startsWith("RB")) {
            k--;
        }
        return k < 0 || !doc.token(k).lemma().equals("have");
    }

    /** {@code According to X, ...} or {@code ..., according to X.} */
    private static Optional<ReportedSpeech> accordingTo(DocumentView doc, int sentence, int i) {
        int first = doc.sentenceFirst(sentence);
        int end = doc.sentenceEnd(sentence);
        if (i + 2 >= end || !doc.lower(i).equals("according") || !doc.lower(i + 1).equals("to")) {
            return Optional.empty();
        }
        Optional<SpeakerPhrase> source = Phrases.startingAt(doc, i + 2, end);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Span cue = doc.span(i, i + 2);
        int after = source.get().end();
        List<Span> content = new ArrayList<>();
        if (onlyPunctuation(doc, first, i)) {
            if (after < end && doc.token(after).word().equals(",")) {
                contentSpan(doc, after + 1, end).ifPresent(content::add);
            }
        } else {
            contentSpan(doc, first, trimComma(doc, i)).ifPresent(content::add);
        }
        return content.isEmpty() ? Optional.empty()
                : Optional.of(new ReportedSpeech(content, source, cue, i, AttributionRule.ACCORDING_TO, 0.8));
    }

    /** The content around a cue verb, after it, before it, or on both sides of it. */
    private static Optional<ReportedSpeech> aroundVerb(DocumentView doc, int sentence, int verb) {
        int first = doc.sentenceFirst(sentence);
        int end = doc.sentenceEnd(sentence);
        Span cue = doc.span(verb, verb + 1);
        // "..., said X." : the subject after the verb.
        int comma = commaBefore(doc, verb, first);
        if (comma >= 0) {
            Optional<SpeakerPhrase> inverted = Phrases.startingAt(doc, verb + 1, end);
            if (inverted.isPresent() && restIsPunctuationOrApposition(doc, inverted.get().end(), end)) {
                Optional<Span> preceding = contentSpan(doc, first, comma);
                if (preceding.isPresent()) {
                    return Optional.of(new ReportedSpeech(List.of(preceding.get()), inverted, cue, verb,
                            AttributionRule.REPORTED_BEFORE_CUE, 0.75));
                }
            }
        }
        Optional<SpeakerPhrase> subject = Phrases.subjectOf(doc, verb, sentence)
                .filter(p -> p.end() <= verb);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int groupComma = commaBefore(doc, subject.get().first(), first);
        int after = contentStart(doc, verb, end);
        Optional<Span> following = after < 0 ? Optional.empty() : contentSpan(doc, after, clauseEnd(doc, after, end));
        Optional<Span> preceding = groupComma >= 0 ? contentSpan(doc, first, groupComma) : Optional.empty();
        boolean commaAfter = verb + 1 < end && doc.token(verb + 1).word().equals(",");
        if (following.isPresent() && preceding.isPresent() && commaAfter) {
            return Optional.of(new ReportedSpeech(List.of(preceding.get(), following.get()), subject, cue, verb,
                    AttributionRule.REPORTED_AROUND_CUE, 0.7));
        }
        if (following.isPresent() && !commaAfter) {
            return Optional.of(new ReportedSpeech(List.of(following.get()), subject, cue, verb,
                    AttributionRule.REPORTED_AFTER_CUE, 0.7));
        }
        if (preceding.isPresent() && restIsAdjunct(doc, verb + 1, end)) {
            return Optional.of(new ReportedSpeech(List.of(preceding.get()), subject, cue, verb,
                    AttributionRule.REPORTED_BEFORE_CUE, 0.75));
        }
        return Optional.empty();
    }

    /**
     * The comma just before a token, over closing quotation marks ({@code ...,'' said X}, {@code ...," he said}),
     * or -1.
     */
    private static int commaBefore(DocumentView doc, int token, int first) {
        int k = token - 1;
        while (k > first && isQuoteMark(doc.token(k).word())) {
            k--;
        }
        return k > first && doc.token(k).word().equals(",") ? k : -1;
    }

    /**
     * Where a reported clause ends: the sentence's end, or the first semicolon, dash, or comma before a conjunction
     * that starts another clause ("..., but critics say ...").
     */
    private static int clauseEnd(DocumentView doc, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (doc.isQuoted(k)) {
                continue;
            }
            String w = doc.lower(k);
            if (w.equals(";") || w.equals("--") || w.equals("\u2014")) {
                return k;
            }
            if (w.equals(",") && k + 1 < end && CLAUSE_JOINERS.contains(doc.lower(k + 1))) {
                return k;
            }
        }
        return end;
    }

    /**
     * The first token of the clause a verb reports: after the verb, adverbs, the hearer of "told reporters", and a
     * colon; a short phrase such as "in a statement" or "on Monday" is passed over when "that" follows it. -1 when
     * no clause follows: the sentence ends, or a comma, a preposition or a particle comes first ("laid out",
     * "said in an interview").
     */
    private static int contentStart(DocumentView doc, int verb, int end) {
        int k = verb + 1;
        while (k < end && !doc.isQuoted(k) && doc.token(k).pos().startsWith("RB") && !doc.lower(k).equals("not")) {
            k++;
        }
        if (k < end && HEARER_VERBS.contains(doc.token(verb).lemma()) && !doc.isQuoted(k)) {
            Optional<SpeakerPhrase> hearer = Phrases.startingAt(doc, k, end);
            if (hearer.isPresent()) {
                k = hearer.get().end();
            }
        }
        if (k < end && doc.token(k).word().equals(":")) {
            k++;
        }
        if (k >= end) {
            return -1;
        }
        if (doc.isQuoted(k) || opensClause(doc, k, end)) {
            return k;
        }
        String pos = doc.token(k).pos();
        if (pos.equals("IN") || pos.equals("TO") || pos.equals("RP")) {
            for (int j = k + 1; j < Math.min(end, k + MAX_PHRASE_BEFORE_THAT); j++) {
                if (doc.isQuoted(j) || doc.token(j).isPunctuation()) {
                    return -1;
                }
                if (doc.lower(j).equals("that")) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Whether a reported clause can start here: not with a comma, a preposition, a particle or "to" + noun. */
    private static boolean opensClause(DocumentView doc, int k, int end) {
        Token t = doc.token(k);
        String pos = t.pos();
        String word = doc.lower(k);
        if (CLAUSE_OPENERS.contains(word)) {
            return true;
        }
        if (pos.equals("TO")) {
            return k + 1 < end && doc.token(k + 1).pos().equals("VB");
        }
        return !(pos.equals("IN") || pos.equals("RP") || t.isPunctuation());
    }

    /** The span of tokens [from, to) without punctuation at either end, when it holds enough words. */
    private static Optional<Span> contentSpan(DocumentView doc, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isEdgePunctuation(doc.token(a))) {
            a++;
        }
        while (b > a && isEdgePunctuation(doc.token(b - 1))) {
            b--;
        }
        int words = 0;
        for (int k = a; k < b; k++) {
            if (!doc.token(k).isPunctuation()) {
                words++;
            }
        }
        return words >= MIN_CONTENT_WORDS ? Optional.of(doc.span(a, b)) : Optional.empty();
    }

    /** Punctuation that no content begins or ends with; quotation marks are kept when they hold content. */
    private static boolean isEdgePunctuation(Token t) {
        String w = t.word();
        return t.isPunctuation() && !(isQuoteMark(w) || w.equals("(") || w.equals(")") || w.equals("-LRB-")
                || w.equals("-RRB-"));
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d")
                || w.equals("'") || w.equals("`") || w.equals("\u2018") || w.equals("\u2019");
    }

    private static int trimComma(DocumentView doc, int i) {
        return i > 0 && doc.token(i - 1).word().equals(",") ? i - 1 : i;
    }

    private static boolean onlyPunctuation(DocumentView doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.token(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but punctuation, or a short phrase of time or place without a verb: "on Tuesday", "in Paris". */
    private static boolean restIsAdjunct(DocumentView doc, int from, int end) {
        int words = 0;
        for (int k = from; k < end; k++) {
            Token t = doc.token(k);
            if (t.isPunctuation()) {
                continue;
            }
            if (t.isVerb() || doc.isQuoted(k) || CLAUSE_OPENERS.contains(doc.lower(k))) {
                return false;
            }
            if (words == 0 && !(t.pos().equals("IN") || t.pos().startsWith("RB") || doc.lexicon().timeWords()
                    .contains(doc.lower(k)) || doc.lower(k).equals("last") || doc.lower(k).equals("this"))) {
                return false;
            }
            words++;
        }
        return words <= MAX_ADJUNCT_WORDS;
    }

    /** "..., said Smith, a spokesman." : the rest is an apposition to the subject, or nothing. */
    private static boolean restIsPunctuationOrApposition(DocumentView doc, int from, int end) {
        return onlyPunctuation(doc, from, end) || (from < end && doc.token(from).word().equals(","));
    }
}
