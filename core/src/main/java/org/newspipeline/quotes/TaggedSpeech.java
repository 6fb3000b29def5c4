package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Token;

/**
 * Turns the attribution tagger's labels for a paragraph into reported speech. Every run of content tokens is one
 * piece of content (one that stops at a subject right before its verb goes on to the clause's end, see
 * {@link #withVerb}); it belongs to the nearest cue of the paragraph, counted in tokens and preferring the cue's own
 * sentence, and the pieces that share a cue make one attribution ({@code ..., she said, ...}). The source is the
 * run of source tokens nearest to that cue in its sentence, if any. A piece with no cue in its paragraph is left
 * out: an attribution needs its cue; so is a piece before its cue with a clause of its own between them (see
 * {@link #clauseBetween}).
 *
 * <p>Stateless.
 */
final class TaggedSpeech {

    /** How much farther a cue in another sentence counts, per sentence between. */
    private static final int SENTENCE_PENALTY = 40;

    private TaggedSpeech() {
    }

    /**
     * The fitted share of its uses as a cue above which a verb's report by the rules stands when the tagger marks
     * the verb as a cue and gives it no content ("said", "told"; not "called", "aimed").
     */
    static final double SURE_CUE_SHARE = 0.75;

    /** The most words between the comma after a clause that opens its sentence and the clause's cue. */
    static final int MAX_WORDS_TO_CUE = 6;

    /** A run of tokens {@code [first, end)} of one role. */
    record Run(int first, int end) {
    }

    /**
     * @param doc        the document
     * @param sequence   the paragraph's tokens
     * @param tagged     the tagger's label of each of them
     * @param confidence how sure an attribution of the tagger is
     * @return the paragraph's reported speech, in text order of the cues
     */
    static List<ReportedSpeech> of(DocumentView doc, TaggerSequence sequence, int[] tagged, double confidence) {
        int[] labels = withSubjectsAsContent(doc, sequence, tagged);
        List<Run> contents = runs(sequence, labels, TaggerModel.CONTENT).stream()
                .map(r -> wholeQuotes(doc, sequence, labels, r))
                .map(r -> withVerb(doc, sequence, labels, r)).toList();
        List<Run> sources = runs(sequence, labels, TaggerModel.SOURCE);
        List<Run> cues = new ArrayList<>(runs(sequence, labels, TaggerModel.CUE));
        cues.removeIf(c -> isDateline(doc, sequence, c));
        Map<Run, List<Span>> byCue = new LinkedHashMap<>();
        for (Run c : cues) {
            byCue.put(c, new ArrayList<>());
        }
        for (Run content : contents) {
            Run cue = nearest(doc, cues, content);
            if (cue != null && hasWord(doc, content) && !onlyATime(doc, content)
                    && !clauseBetween(doc, content, cue)) {
                byCue.get(cue).add(doc.span(content.first(), content.end()));
            }
        }
        List<ReportedSpeech> out = new ArrayList<>();
        for (Map.Entry<Run, List<Span>> e : byCue.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Run cue = e.getKey();
            List<Span> pieces = e.getValue();
            Optional<SpeakerPhrase> source = Optional.ofNullable(nearestInSentence(doc, sources, cue))
                    .map(r -> phrase(doc, r));
            Span cueSpan = doc.span(cue.first(), cue.end());
            boolean before = pieces.get(0).start() < cueSpan.start();
            boolean after = pieces.get(pieces.size() - 1).end() > cueSpan.end();
            AttributionRule rule = doc.lower(cue.first()).equals("according") ? AttributionRule.ACCORDING_TO
                    : before && after ? AttributionRule.REPORTED_AROUND_CUE
                    : before ? AttributionRule.REPORTED_BEFORE_CUE : AttributionRule.REPORTED_AFTER_CUE;
            out.add(new ReportedSpeech(pieces, source, cueSpan, cue.first(), rule, confidence));
        }
        return out;
    }

    /**
     * The rules' reports whose cue the tagger marks as a cue but gives no content ("Ticket prices rose again in
     * March, Eva Lund said": the tagger may see the source and the cue and leave the clause out), when their content
     * overlaps nothing the tagger found and holds a finite verb: a clause before its cue, or a clause after a verb
     * that is nearly always a cue. Costs in proportion to the paragraph and its reports.
     *
     * @param tagged what the tagger's labels give for the paragraph
     * @param rules  the rules' reports whose cue lies in the paragraph
     */
    static List<ReportedSpeech> rulesForBareCues(DocumentView doc, TaggerSequence sequence, int[] labels,
                                                 List<ReportedSpeech> tagged, List<ReportedSpeech> rules) {
        boolean[] found = new boolean[sequence.end() - sequence.first()];
        for (ReportedSpeech t : tagged) {
            mark(doc, sequence, found, t.cue());
            t.content().forEach(p -> mark(doc, sequence, found, p));
        }
        List<ReportedSpeech> out = new ArrayList<>();
        for (ReportedSpeech r : rules) {
            int k = r.cueToken();
            if (k < sequence.first() || k >= sequence.end() || !TaggerModel.isCue(labels[k - sequence.first()])) {
                continue;
            }
            boolean clauseFirst = r.rule() == AttributionRule.REPORTED_BEFORE_CUE;
            if (!holdsAFiniteVerb(doc, r) || !clauseFirst
                    && ReportedSpeechFinder.weight(doc, k, sequence.end()) < SURE_CUE_SHARE) {
                // a phrase ("In a speech last July, she said"), or a report after a verb that is often no cue
                // ("fired back at", "aimed"): the tagger is right to leave it out
                continue;
            }
            boolean taken = marked(doc, sequence, found, r.cue())
                    || r.content().stream().anyMatch(p -> marked(doc, sequence, found, p));
            if (!taken) {
                out.add(r);
            }
        }
        return out;
    }

    /** Marks the paragraph's tokens inside the span. */
    private static void mark(DocumentView doc, TaggerSequence sequence, boolean[] tokens, Span span) {
        for (int k = Math.max(sequence.first(), doc.firstTokenAtOrAfter(span.start()));
             k >= 0 && k < sequence.end() && doc.token(k).span().start() < span.end(); k++) {
            tokens[k - sequence.first()] = true;
        }
    }

    /** Whether a token of the paragraph inside the span is marked. */
    private static boolean marked(DocumentView doc, TaggerSequence sequence, boolean[] tokens, Span span) {
        for (int k = Math.max(sequence.first(), doc.firstTokenAtOrAfter(span.start()));
             k >= 0 && k < sequence.end() && doc.token(k).span().start() < span.end(); k++) {
            if (tokens[k - sequence.first()]) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAFiniteVerb(DocumentView doc, ReportedSpeech r) {
        for (Span piece : r.content()) {
            for (int k = doc.firstTokenAtOrAfter(piece.start()); k >= 0 && k < doc.tokens().size()
                    && doc.token(k).span().end() <= piece.end(); k++) {
                if (doc.isFiniteVerb(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A reported clause (one that opens with "that", right after its cue, or opens the sentence before its cue) that
     * stops at its subject, right before the subject's finite verb ("claims that his net worth | exceeds ...", "Sales
     * | fell sharply, the company said"), goes on over the outside tokens after it, up to a comma, a semicolon, a
     * colon or the sentence's end.
     */
    static Run withVerb(DocumentView doc, TaggerSequence sequence, int[] labels, Run run) {
        int end = run.end();
        if (end >= sequence.end() || labels[end - sequence.first()] != TaggerModel.OUTSIDE || doc.isQuoted(end)) {
            return run;
        }
        String last = doc.token(end - 1).pos();
        String next = doc.token(end).pos();
        boolean subject = last.startsWith("NN") || last.equals("PRP") || last.equals("CD");
        boolean verb = next.equals("VBZ") || next.equals("VBD") || next.equals("VBP") || next.equals("MD");
        int before = run.first() - sequence.first() - 1;
        int sentenceEnd = doc.sentenceEnd(doc.token(end - 1).sentenceIndex());
        int stop = Math.min(sentenceEnd, sequence.end());
        boolean reported = doc.lower(run.first()).equals("that") || before >= 0 && TaggerModel.isCue(labels[before])
                || cueAfterOpeningClause(doc, sequence, labels, run, stop, false) >= 0;
        if (!subject || !verb || !reported) {
            return run;
        }
        while (end < stop && labels[end - sequence.first()] == TaggerModel.OUTSIDE && !doc.isQuoted(end)) {
            String w = doc.token(end).word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
                break;
            }
            end++;
        }
        return new Run(run.first(), end);
    }

    /**
     * The labels with each source that is the subject of a clause opening its sentence before another source and
     * its cue ("Sales | fell in June, the company said": the tagger may read "Sales" as a source) made a content:
     * a source followed by a finite verb that is not its cue, with another source after the clause's comma and no
     * content after the cue.
     */
    static int[] withSubjectsAsContent(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (Run r : runs(sequence, labels, TaggerModel.SOURCE)) {
            int sentenceEnd = doc.sentenceEnd(doc.token(r.first()).sentenceIndex());
            int stop = Math.min(sentenceEnd, sequence.end());
            if (r.end() >= stop || labels[r.end() - sequence.first()] != TaggerModel.OUTSIDE
                    || !doc.isFiniteVerb(r.end())) {
                continue;
            }
            int cue = cueAfterOpeningClause(doc, sequence, labels, r, stop, true);
            if (cue < 0 || contentRightAfter(sequence, labels, cue, stop)) {
                continue;
            }
            if (out == labels) {
                out = labels.clone();
            }
            int first = r.first() - sequence.first();
            int last = r.end() - 1 - sequence.first();
            for (int t = first; t <= last; t++) {
                out[t] = first == last ? TaggerModel.UNIT_CONTENT : t == first ? TaggerModel.CONTENT
                        : t == last ? TaggerModel.END_CONTENT : TaggerModel.CONTENT + 1;
            }
        }
        return out;
    }

    /** Whether a content starts within a few words after the cue at {@code cue}: the cue has its content after it. */
    private static boolean contentRightAfter(TaggerSequence sequence, int[] labels, int cue, int stop) {
        for (int k = cue + 1; k < Math.min(stop, cue + 1 + MAX_WORDS_TO_CUE); k++) {
            int role = TaggerModel.roleOf(labels[k - sequence.first()]);
            if (role == TaggerModel.CONTENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue of a clause the run opens its sentence with, when the clause ends at a comma that the cue follows
     * within a few words with nothing but outside tokens and a source between (with {@code sourceBetween}, a source
     * there): the clause a report puts first ("Sales fell in June, the company said"); else -1.
     */
    private static int cueAfterOpeningClause(DocumentView doc, TaggerSequence sequence, int[] labels, Run run,
                                             int stop, boolean sourceBetween) {
        if (run.first() != doc.sentenceFirst(doc.token(run.first()).sentenceIndex())) {
            return -1;
        }
        int comma = run.end();
        while (comma < stop && !doc.token(comma).word().equals(",")) {
            if (labels[comma - sequence.first()] != TaggerModel.OUTSIDE) {
                return -1;
            }
            comma++;
        }
        boolean source = false;
        for (int k = comma + 1; k < Math.min(stop, comma + 1 + MAX_WORDS_TO_CUE); k++) {
            int role = TaggerModel.roleOf(labels[k - sequence.first()]);
            if (role == TaggerModel.CUE) {
                return source || !sourceBetween ? k : -1;
            }
            if (role == TaggerModel.SOURCE) {
                source = true;
            } else if (role != TaggerModel.OUTSIDE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The runs of one role: each opens at a begin label ({@code role}), or at an inside or end label after another
     * role, and goes on over inside labels up to its end label, if any; a unit label is a run of one token.
     */
    static List<Run> runs(TaggerSequence sequence, int[] labels, int role) {
        List<Run> out = new ArrayList<>();
        int start = -1;
        for (int t = 0; t <= labels.length; t++) {
            int y = t < labels.length ? labels[t] : TaggerModel.OUTSIDE;
            boolean unit = y == TaggerModel.unitOf(role);
            boolean ends = y == TaggerModel.endOf(role) || unit;
            boolean continuing = y == role + 1 || y == TaggerModel.endOf(role);
            boolean begins = y == role || unit || (continuing && start < 0);
            boolean inside = continuing && start >= 0;
            if (start >= 0 && !inside) {
                out.add(new Run(sequence.first() + start, sequence.first() + t));
                start = -1;
            }
            if (begins) {
                start = t;
            }
            if (ends) {
                out.add(new Run(sequence.first() + start, sequence.first() + t + 1));
                start = -1;
            }
        }
        return out;
    }

    /**
     * A content run that starts outside a quotation and ends inside it goes on to the quotation's end (the tagger
     * may stop before its last word or its closing mark), and one that ends outside and starts inside goes back to
     * its start: a report holds a quotation whole or not at all. It grows over outside tokens of the paragraph only.
     */
    static Run wholeQuotes(DocumentView doc, TaggerSequence sequence, int[] labels, Run run) {
        int first = run.first();
        int end = run.end();
        if (!doc.isQuoted(first) && doc.isQuoted(end - 1)) {
            while (end < sequence.end() && doc.isQuoted(end) && labels[end - sequence.first()] == TaggerModel.OUTSIDE) {
                end++;
            }
        }
        if (doc.isQuoted(first) && !doc.isQuoted(end - 1)) {
            while (first > sequence.first() && doc.isQuoted(first - 1)
                    && labels[first - 1 - sequence.first()] == TaggerModel.OUTSIDE) {
                first--;
            }
        }
        return first == run.first() && end == run.end() ? run : new Run(first, end);
    }

    /**
     * The cue of least cost for a content. Cost grows with the distance on either side, so only the last cue
     * starting before the content's end and the one after it compete (runs are in text order and never overlap).
     */
    private static Run nearest(DocumentView doc, List<Run> cues, Run content) {
        int after = firstStartingAtOrAfter(cues, content.end());
        Run best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int k = Math.max(0, after - 1); k <= Math.min(cues.size() - 1, after); k++) {
            Run cue = cues.get(k);
            int gap = cue.first() >= content.end() ? cue.first() - content.end() + 1
                    : content.first() >= cue.end() ? content.first() - cue.end() + 1 : 0;
            int cost = gap + SENTENCE_PENALTY * sentenceGap(doc, cue, content);
            if (cost < bestCost) {
                bestCost = cost;
                best = cue;
            }
        }
        return best;
    }

    /** The index of the first run starting at or after the token, or the list's size (binary search). */
    private static int firstStartingAtOrAfter(List<Run> runs, int token) {
        int lo = 0;
        int hi = runs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid).first() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many sentence boundaries lie between the cue and the nearest token of the content. */
    private static int sentenceGap(DocumentView doc, Run cue, Run content) {
        int cueSentence = doc.token(cue.first()).sentenceIndex();
        int from = doc.token(content.first()).sentenceIndex();
        int to = doc.token(content.end() - 1).sentenceIndex();
        return cueSentence < from ? from - cueSentence : cueSentence > to ? cueSentence - to : 0;
    }

    /** The source run of the cue's sentence nearest to it: the last one before it or the first after it. */
    private static Run nearestInSentence(DocumentView doc, List<Run> sources, Run cue) {
        int sentence = doc.token(cue.first()).sentenceIndex();
        int after = firstStartingAtOrAfter(sources, cue.end());
        Run best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int k = Math.max(0, after - 1); k <= Math.min(sources.size() - 1, after); k++) {
            Run s = sources.get(k);
            if (doc.token(s.first()).sentenceIndex() != sentence) {
                continue;
            }
            int gap = s.first() >= cue.end() ? s.first() - cue.end() : cue.first() - s.end();
            if (gap < bestGap) {
                bestGap = gap;
                best = s;
            }
        }
        return best;
    }

    /**
     * The source phrase of a run of source tokens: up to a comma or a relative pronoun that starts a clause about
     * it ({@code Sara Holm, who leads the union}), with what follows a comma as its apposition; its head is given
     * by {@link #head}.
     */
    private static SpeakerPhrase phrase(DocumentView doc, Run r) {
        int end = r.end();
        for (int k = r.first() + 1; k < r.end(); k++) {
            String pos = doc.token(k).pos();
            if (doc.token(k).word().equals(",") || pos.equals("WP") || pos.equals("WDT")) {
                end = k;
                break;
            }
        }
        SpeakerPhrase phrase = new SpeakerPhrase(r.first(), end, head(doc, r.first(), end));
        if (end < r.end() && doc.token(end).word().equals(",")) {
            // "Its chief executive, Tomas Berg": the words after the comma name who the role is.
            int to = end + 1;
            while (to < r.end() && !doc.token(to).word().equals(",")) {
                to++;
            }
            if (to > end + 1) {
                phrase = phrase.withApposition(end + 1, to);
            }
        } else if (end == r.end()) {
            // "The harbour master, Olav Rud, said": a name right after the source's words, left out by the tagger
            phrase = Phrases.withNameAfter(doc, phrase, doc.sentenceEnd(doc.token(phrase.first()).sentenceIndex()));
        }
        return phrase;
    }

    /**
     * A common or plural noun before a preposition or a modifier that joins it to a complement ("fishermen in the
     * town", "people close to the talks"); else the last word of the first named entity, or the speaker noun it
     * modifies ("Trump aides", see {@link #compoundHead}), else the last noun or pronoun, else the last token.
     */
    private static int head(DocumentView doc, int first, int end) {
        for (int k = first; k < end; k++) {
            String before = k > first ? doc.token(k - 1).pos() : "";
            if ((Phrases.isLink(doc, k) || postModifier(doc, k, end))
                    && (before.equals("NN") || before.equals("NNS") || before.equals("NNPS"))) {
                // "fishermen in the town", "a spokesman for the council", "sources familiar with the talks": the
                // noun before the preposition or the adjective, as the quote rules' phrases have it; a name after
                // the preposition is not the speaker.
                return k - 1;
            }
            if (!doc.token(k).ner().equals("O")) {
                int last = k;
                while (last + 1 < end && doc.token(last + 1).ner().equals(doc.token(k).ner())) {
                    last++;
                }
                return compoundHead(doc, last, end);
            }
        }
        for (int k = end - 1; k >= first; k--) {
            String pos = doc.token(k).pos();
            if (pos.startsWith("NN") || pos.equals("PRP")) {
                return k;
            }
        }
        return end - 1;
    }

    /** An adjective or participle with a complement after a noun: "familiar with", "close to", "involved in". */
    private static boolean postModifier(DocumentView doc, int k, int end) {
        String pos = doc.token(k).pos();
        if (!(pos.equals("JJ") || pos.equals("VBN")) || k + 1 >= end) {
            return false;
        }
        String next = doc.token(k + 1).pos();
        return next.equals("IN") || next.equals("TO");
    }

    /**
     * "Trump aides", "state officials": a name before common nouns only modifies them when the last of them is a
     * speaker noun (a group, a role, an organisation, a source) and no name follows it ("party spokesman Tom Berg"
     * is Tom Berg); then that noun heads the phrase, else the name's last word does.
     */
    private static int compoundHead(DocumentView doc, int nameLast, int end) {
        int k = nameLast;
        while (k + 1 < end && isCommonNoun(doc.token(k + 1).pos())) {
            k++;
        }
        if (k == nameLast || (k + 1 < end && doc.token(k + 1).isProperNoun())) {
            return nameLast;
        }
        String lemma = doc.token(k).lemma().toLowerCase(Locale.ROOT);
        return doc.lexicon().isSpeakerNoun(doc.lower(k), lemma) ? k : nameLast;
    }

    private static boolean isCommonNoun(String pos) {
        return pos.equals("NN") || pos.equals("NNS");
    }

    /**
     * Whether a content before its cue is kept apart from it by a clause of its own: a finite verb between them that
     * is not the cue's own auxiliary ("The plan was welcomed by Ann, who has said ..."): the content then belongs to
     * a report the tagger did not mark, not to this cue.
     */
    private static boolean clauseBetween(DocumentView doc, Run content, Run cue) {
        if (content.end() > cue.first()) {
            return false;
        }
        int k = cue.first() - 1;
        while (k >= content.end() && (doc.token(k).pos().startsWith("VB") || doc.token(k).pos().equals("MD")
                || doc.token(k).pos().startsWith("RB"))) {
            k--;
        }
        for (; k >= content.end(); k--) {
            if (doc.isFiniteVerb(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(DocumentView doc, Run r) {
        for (int k = r.first(); k < r.end(); k++) {
            if (!doc.token(k).isPunctuation()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run names only a time ("the company said yesterday", "announced late on Tuesday night"): time
     * words (the lexicon's days, months and times of day, or a date or time by the entity tagger) with at most
     * numbers, prepositions, determiners, adjectives, adverbs and stops around them. When something was said, not
     * what (one content of PolNeAR train's 19,832 is a bare date).
     */
    static boolean onlyATime(DocumentView doc, Run r) {
        boolean time = false;
        for (int k = r.first(); k < r.end(); k++) {
            Token t = doc.token(k);
            String pos = t.pos();
            boolean timeWord = doc.lexicon().timeWords().contains(doc.lower(k));
            if (timeWord || t.ner().equals("DATE") || t.ner().equals("TIME")) {
                time = true;
            } else if (!t.isPunctuation() && !pos.equals("IN") && !pos.equals("DT") && !pos.equals("CD")
                    && !pos.startsWith("JJ") && !pos.startsWith("RB")) {
                return false;
            }
        }
        return time;
    }

    /**
     * Whether the cue is the colon of a dateline that opens the paragraph ("PUNE: The police said ...", as many
     * papers set the place of the report): a place in capitals before it, read as a location by the entity tagger,
     * and nothing else. A speaker's label in a transcript ("HOLM: We agree") names a person.
     */
    static boolean isDateline(DocumentView doc, TaggerSequence sequence, Run cue) {
        if (cue.end() - cue.first() != 1 || !doc.token(cue.first()).word().equals(":")
                || cue.first() == sequence.first()) {
            return false;
        }
        boolean place = false;
        for (int k = sequence.first(); k < cue.first(); k++) {
            Token t = doc.token(k);
            if (!t.word().equals(t.word().toUpperCase(Locale.ROOT)) || t.ner().equals("PERSON")) {
                return false;
            }
            place |= t.ner().equals("LOCATION");
        }
        return place;
    }
}
