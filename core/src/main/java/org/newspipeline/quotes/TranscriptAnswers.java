package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.EntityType;
import org.newspipeline.pipeline.Token;

/**
 * The turns of an interview or a hearing printed as a transcript, without quotation marks: paragraphs that open with
 * a speaker's label and a colon ("Varga: Staffing. We have 140 vacancies ..."). Each turn is an attribution of the
 * whole paragraph to its label. A page is read as a transcript only when at least {@value #MIN_TURNS} paragraphs
 * open with a label and two labels or more take turns, each at least twice ("Q:" and "A:" too, whose speakers stay
 * unresolved, but for the answers of an interview whose introduction names the interviewee, {@link #interviewee}): a
 * single "Name: ..." line is a headline, and a run of one label ("Name: ..., Age: ...") a form, which other rules
 * read; a label used once in the headline ("Q&amp;A: ...") titles the transcript. Stateless.
 */
final class TranscriptAnswers {

    /** The fewest labelled paragraphs that make a transcript. */
    static final int MIN_TURNS = 3;
    /** The most words a speaker's label has ("Sen. Ann Holm"). */
    static final int MAX_LABEL_TOKENS = 4;
    private static final double CONFIDENCE = 0.9;
    /** The labels of an interview's answers and questions. */
    private static final Set<String> ANSWER_LABELS = Set.of("A", "Answer");
    private static final Set<String> QUESTION_LABELS = Set.of("Q", "Question");

    private TranscriptAnswers() {
    }

    /**
     * @param doc the document
     * @return its transcript's turns, in text order; none when it has no transcript
     */
    static List<ReportedSpeech> find(DocumentView doc) {
        List<ReportedSpeech> turns = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        List<String> turnLabels = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int sentences = doc.sentenceCount();
        for (int s = 0; s < sentences; s++) {
            if (!doc.opensParagraph(s)) {
                continue;
            }
            int first = doc.sentenceFirst(s);
            int colon = labelEnd(doc, first, doc.sentenceEnd(s));
            if (colon < 0) {
                continue;
            }
            int last = s;
            while (last + 1 < sentences && doc.paragraphOfSentence(last + 1) == doc.paragraphOfSentence(s)) {
                last++;
            }
            int end = doc.sentenceEnd(last);
            if (colon + 1 >= end) {
                continue;
            }
            String label = doc.span(first, colon).of(doc.text());
            labels.merge(label, 1, Integer::sum);
            paragraphs.add(doc.paragraphOfSentence(s));
            turnLabels.add(label);
            turns.add(new ReportedSpeech(List.of(doc.span(colon + 1, end)),
                    Optional.of(new SpeakerPhrase(first, colon, colon - 1)), doc.token(colon).span(), colon,
                    AttributionRule.TRANSCRIPT_LABEL, CONFIDENCE));
        }
        boolean transcript = turns.size() >= MIN_TURNS && labels.values().stream().filter(n -> n >= 2).count() >= 2;
        if (!transcript) {
            return List.of();
        }
        List<ReportedSpeech> kept = new ArrayList<>();
        for (int k = 0; k < turns.size(); k++) {
            // the headline's label ("Q&A: ...", "Interview: ...") titles the transcript: no one takes a turn there
            if (paragraphs.get(k) != 0 || labels.get(turnLabels.get(k)) > 1) {
                kept.add(turns.get(k));
            }
        }
        return kept;
    }

    /**
     * The person who answers in an interview printed as questions and answers: when the phrase is the label "A" or
     * "Answer" before a colon at a paragraph's start, the person the text names most often before the first
     * paragraph labelled as a question or an answer (the headline and the introduction: "Q&amp;A with Ann Holm. Dr Ann
     * Holm studies ... We asked her ..."). Empty for any other phrase, and when the introduction names no person or
     * several equally often.
     *
     * @param doc    the document
     * @param phrase a speaker phrase
     * @return the entity index of the person who answers
     */
    static Optional<Integer> interviewee(DocumentView doc, SpeakerPhrase phrase) {
        if (phrase.end() - phrase.first() != 1 || !ANSWER_LABELS.contains(doc.token(phrase.first()).word())
                || !isParagraphLabel(doc, phrase.first())) {
            return Optional.empty();
        }
        int firstTurn = phrase.first();
        for (int k = 0; k < phrase.first(); k++) {
            String w = doc.token(k).word();
            if ((ANSWER_LABELS.contains(w) || QUESTION_LABELS.contains(w)) && isParagraphLabel(doc, k)) {
                firstTurn = k;
                break;
            }
        }
        Map<Integer, Integer> mentions = new HashMap<>();
        for (EntityMention m : doc.entities().mentions()) {
            if (m.endToken() <= firstTurn && m.type() == EntityType.PERSON) {
                mentions.merge(m.entity(), 1, Integer::sum);
            }
        }
        int most = mentions.values().stream().max(Integer::compare).orElse(0);
        List<Integer> named = mentions.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Whether the token opens its paragraph and a colon follows it. */
    private static boolean isParagraphLabel(DocumentView doc, int k) {
        int s = doc.token(k).sentenceIndex();
        boolean opens = doc.sentenceFirst(s) == k && doc.opensParagraph(s);
        return opens && k + 1 < doc.tokens().size() && doc.token(k + 1).word().equals(":");
    }

    /**
     * Whether a paragraph other than the one that opens with sentence {@code sentence} opens with the same speaker's
     * label ({@code label}, the words before its colon), as a transcript's speakers do and a dateline does not.
     *
     * @param doc      the document
     * @param sentence the first sentence of the paragraph the label opens
     * @param label    the label's text
     * @return true if another paragraph opens with it
     */
    static boolean labelsAnotherParagraph(DocumentView doc, int sentence, String label) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            if (s == sentence || !doc.opensParagraph(s)) {
                continue;
            }
            int first = doc.sentenceFirst(s);
            int colon = labelEnd(doc, first, doc.sentenceEnd(s));
            if (colon > 0 && doc.span(first, colon).of(doc.text()).equals(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The colon that ends a speaker's label at the start of a paragraph: one to {@value #MAX_LABEL_TOKENS} words,
     * each capitalised (or an initial's full stop), none quoted and none a verb; -1 if there is none.
     */
    private static int labelEnd(DocumentView doc, int first, int end) {
        for (int k = first; k < end && k <= first + MAX_LABEL_TOKENS; k++) {
            Token t = doc.token(k);
            if (doc.isQuoted(k)) {
                return -1;
            }
            if (t.word().equals(":")) {
                return k > first ? k : -1;
            }
            boolean capitalised = Character.isUpperCase(t.word().codePointAt(0));
            if (!(capitalised || t.word().equals(".")) || t.isVerb()) {
                return -1;
            }
        }
        return -1;
    }
}
