package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;

/**
 * Cues whose subject is part of what is reported rather than who reports it: {@code The plan seems to work},
 * {@code She is expected to win}, {@code The senator was charged with fraud}. Nobody in the sentence says these;
 * the writer reports an impression or what others hold, so the subject and the words after the cue are the content
 * and the attribution has no source. Which cues behave so is fitted on annotated news (the verb's lemma, and whether
 * it stands in the passive), see {@link Lexicon#subjectCues()}.
 *
 * <p>Stateless.
 */
public final class SubjectContent {

    /** How many adverbs may stand between a form of "be" and its participle: "is not widely expected". */
    private static final int MAX_ADVERBS = 2;
    /** How many words may stand between the subject and its cue: "is", "now", "also". */
    public static final int MAX_SUBJECT_GAP_WORDS = 2;

    private SubjectContent() {
    }

    /**
     * The key a verb has in the fitted list of subject cues: its lemma, after {@code "be "} when it is a past
     * participle that a form of "be" governs.
     *
     * @param lemmaAt the lemma of a token of the verb's sentence, by index
     * @param tagAt   the part of speech of a token, by index
     * @param verb    the verb's index
     * @param first   the index of its sentence's first token
     * @return the key, lowercase
     */
    public static String key(IntFunction<String> lemmaAt, IntFunction<String> tagAt, int verb, int first) {
        String lemma = lemmaAt.apply(verb).toLowerCase(Locale.ROOT);
        return isPassive(lemmaAt, tagAt, verb, first) ? "be " + lemma : lemma;
    }

    /**
     * Whether a verb is a past participle that a form of "be" governs, up to {@value #MAX_ADVERBS} adverbs between
     * ("was told", "were repeatedly asked").
     */
    static boolean isPassive(IntFunction<String> lemmaAt, IntFunction<String> tagAt, int verb, int first) {
        if (!tagAt.apply(verb).equals("VBN")) {
            return false;
        }
        for (int k = verb - 1; k >= first && k >= verb - 1 - MAX_ADVERBS; k--) {
            if (lemmaAt.apply(k).equalsIgnoreCase("be")) {
                return true;
            }
            if (!tagAt.apply(k).startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Reported speech whose cue is a subject cue, read as the writer's report. When its source stands right before
     * the cue and its content after it, the source becomes the content's first piece; when its content already
     * holds the subject and goes on after the cue, a source found elsewhere in the sentence is dropped. Either way
     * it has no source and the rule {@link AttributionRule#SUBJECT_CUE}. Anything else comes back as it was.
     *
     * @param doc the document
     * @param r   reported speech
     * @return the same reported speech, or its subject-content reading
     */
    private static ReportedSpeech apply(DocumentView doc, ReportedSpeech r) {
        List<Span> after = r.content().stream().filter(p -> p.start() >= r.cue().end()).toList();
        if (after.isEmpty() || !hasSubjectCue(doc, r)) {
            return r;
        }
        List<Span> pieces = new ArrayList<>();
        Optional<Span> subject = r.content().stream().filter(p -> p.end() <= r.cue().start()).reduce((a, b) -> b);
        if (subject.isPresent() && wordsBetween(doc, subject.get().end(), r.cueToken()) <= MAX_SUBJECT_GAP_WORDS) {
            pieces.addAll(r.content());
        } else if (subject.isEmpty() && r.source().isPresent() && r.source().get().end() <= r.cueToken()
                && r.cueToken() - r.source().get().end() <= MAX_SUBJECT_GAP_WORDS) {
            SpeakerPhrase source = r.source().get();
            pieces.add(doc.span(source.first(), source.end()));
            pieces.addAll(after);
        } else {
            return r;
        }
        Optional<ReportedSpeech> cited = closingAccordingTo(doc, pieces.get(pieces.size() - 1));
        if (cited.isPresent()) {
            // "The deal is expected to close in May, according to two bankers": the bankers expect it
            return cited.get();
        }
        return new ReportedSpeech(pieces, Optional.empty(), r.cue(), r.cueToken(), AttributionRule.SUBJECT_CUE,
                r.confidence());
    }

    /**
     * The report of an "according to" that closes the sentence right after a subject cue's content, with only a
     * comma between ("..., according to two bankers."): whoever it cites holds the impression the cue reports.
     */
    private static Optional<ReportedSpeech> closingAccordingTo(DocumentView doc, Span last) {
        int k = doc.firstTokenAtOrAfter(last.end());
        if (k + 1 >= doc.tokenCount() || !doc.token(k).word().equals(",")) {
            return Optional.empty();
        }
        int sentence = doc.token(k).sentenceIndex();
        int end = doc.sentenceEnd(sentence);
        if (!ReportedSpeechFinder.isAccordingTo(doc, k + 1, end)) {
            return Optional.empty();
        }
        return ReportedSpeechFinder.accordingTo(doc, sentence, k + 1);
    }

    /** How many tokens lie between an offset and a token: those starting at or after it and before the token. */
    private static int wordsBetween(DocumentView doc, int offset, int token) {
        return Math.max(0, token - doc.firstTokenAtOrAfter(offset));
    }

    /**
     * The document's reported speech read with its subject cues: an attribution whose cue is one keeps its subject
     * as content ({@link #apply}), and a subject cue that no attribution has taken makes one of its own, from its
     * subject to the end of its clause.
     *
     * @param doc      the document
     * @param reported its reported speech, in text order
     * @return the reported speech with the subject cues' readings, in text order
     */
    static List<ReportedSpeech> read(DocumentView doc, List<ReportedSpeech> reported) {
        List<ReportedSpeech> read = new ArrayList<>();
        boolean[] taken = new boolean[doc.tokenCount()];
        for (ReportedSpeech r : reported) {
            read.add(apply(doc, r));
            take(doc, r, taken);
        }
        List<ReportedSpeech> own = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int first = doc.sentenceFirst(s);
            int end = doc.sentenceEnd(s);
            for (int k = first; first >= 0 && k < end; k++) {
                if (taken[k] || doc.isQuoted(k) || !isSubjectCue(doc, k, first)) {
                    continue;
                }
                Optional<ReportedSpeech> r = ownAttribution(doc, k, first, end);
                if (r.isPresent() && isFree(doc, r.get(), taken)) {
                    own.add(r.get());
                    take(doc, r.get(), taken);
                }
            }
        }
        return mergedByCue(read, own);
    }

    /** The two lists, each in text order, as one: an item of the second goes before the first later cue. */
    private static List<ReportedSpeech> mergedByCue(List<ReportedSpeech> a, List<ReportedSpeech> b) {
        List<ReportedSpeech> out = new ArrayList<>(a.size() + b.size());
        int j = 0;
        for (ReportedSpeech r : a) {
            while (j < b.size() && b.get(j).cueToken() < r.cueToken()) {
                out.add(b.get(j++));
            }
            out.add(r);
        }
        out.addAll(b.subList(j, b.size()));
        return out;
    }

    /**
     * The subject before the cue and its clause after it, if both are there: the clause opens with an infinitive or
     * an adjective, or follows the preposition of a phrasal cue ("known as").
     */
    private static Optional<ReportedSpeech> ownAttribution(DocumentView doc, int verb, int first, int end) {
        Optional<SpeakerPhrase> subject = Phrases.subjectBefore(doc, verb, first);
        if (subject.isEmpty() || subject.get().end() > verb) {
            return Optional.empty();
        }
        boolean phrasal = ReportedSpeechFinder.phrasalWeight(doc, verb, verb + 1) > 0;
        int from = phrasal ? verb + 2 : verb + 1;
        if (from >= end || !(phrasal || opensComplement(doc, from, end))) {
            return Optional.empty();
        }
        Optional<Span> after = ReportedSpeechFinder.contentSpan(doc, from, ReportedSpeechFinder.clauseEnd(doc, from, end));
        if (after.isEmpty()) {
            return Optional.empty();
        }
        SpeakerPhrase p = subject.get();
        // How sure: the fitted share of the verb's uses that were an attribution's cue.
        double confidence = doc.lexicon().attributionCues()
                .getOrDefault(ReportedSpeechFinder.cueLemma(doc.lexicon(), doc.lower(verb), doc.token(verb).lemma()),
                        0.0);
        return Optional.of(new ReportedSpeech(List.of(doc.span(p.first(), p.end()), after.get()), Optional.empty(),
                doc.span(verb, from), verb, AttributionRule.SUBJECT_CUE, confidence));
    }

    /**
     * Whether the words after the cue are what it reports of its subject, an infinitive or an adjective ("seems to
     * work", "appeared ready", "seemed somewhat uneasy"), not a place or a time ("appeared on television").
     */
    private static boolean opensComplement(DocumentView doc, int k, int end) {
        String tag = doc.token(k).pos();
        if (tag.startsWith("RB") && k + 1 < end) {
            tag = doc.token(k + 1).pos();
        }
        return tag.equals("TO") || tag.startsWith("JJ") || tag.equals("VBN");
    }

    private static boolean isFree(DocumentView doc, ReportedSpeech r, boolean[] taken) {
        int[] region = ReportedSpeechFinder.region(doc, r);
        for (int k = Math.max(0, region[0]); k < Math.min(taken.length, region[1]); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static void take(DocumentView doc, ReportedSpeech r, boolean[] taken) {
        int[] region = ReportedSpeechFinder.region(doc, r);
        for (int k = Math.max(0, region[0]); k < Math.min(taken.length, region[1]); k++) {
            taken[k] = true;
        }
    }

    private static boolean isSubjectCue(DocumentView doc, int k, int first) {
        return doc.token(k).isVerb() && doc.lexicon().subjectCues().containsKey(
                key(doc::cueSpelledLemma, i -> doc.token(i).pos(), k, first));
    }

    private static boolean hasSubjectCue(DocumentView doc, ReportedSpeech r) {
        int first = doc.sentenceFirst(doc.token(r.cueToken()).sentenceIndex());
        for (int k = r.cueToken(); k < doc.tokenCount() && doc.token(k).span().end() <= r.cue().end(); k++) {
            if (isSubjectCue(doc, k, first)) {
                return true;
            }
        }
        return false;
    }
}
