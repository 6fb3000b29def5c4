package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.pipeline.Token;

/**
 * The turns of an interview or a hearing printed as a transcript, without quotation marks: paragraphs that open with
 * a speaker's label and a colon ("Varga: Staffing. We have 140 vacancies ..."). Each turn is an attribution of the
 * whole paragraph to its label. A page is read as a transcript only when at least {@value #MIN_TURNS} paragraphs
 * open with a label and two labels or more take turns, each at least twice ("Q:" and "A:" too, whose speakers stay
 * unresolved): a single "Name: ..." line is a headline, and a run of one label ("Name: ..., Age: ...") a form, which
 * other rules read. Stateless.
 */
final class TranscriptAnswers {

    /** The fewest labelled paragraphs that make a transcript. */
    static final int MIN_TURNS = 3;
    /** The most words a speaker's label has ("Sen. Ann Holm"). */
    static final int MAX_LABEL_TOKENS = 4;
    private static final double CONFIDENCE = 0.9;

    private TranscriptAnswers() {
    }

    /**
     * @param doc the document
     * @return its transcript's turns, in text order; none when it has no transcript
     */
    static List<ReportedSpeech> find(DocumentView doc) {
        List<ReportedSpeech> turns = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int sentences = doc.sentenceCount();
        for (int s = 0; s < sentences; s++) {
            if (s > 0 && doc.paragraphOfSentence(s) == doc.paragraphOfSentence(s - 1)) {
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
            labels.merge(doc.span(first, colon).of(doc.text()), 1, Integer::sum);
            turns.add(new ReportedSpeech(List.of(doc.span(colon + 1, end)),
                    Optional.of(new SpeakerPhrase(first, colon, colon - 1)), doc.token(colon).span(), colon,
                    AttributionRule.TRANSCRIPT_LABEL, CONFIDENCE));
        }
        boolean transcript = turns.size() >= MIN_TURNS && labels.values().stream().filter(n -> n >= 2).count() >= 2;
        return transcript ? turns : List.of();
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
