package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.entities.EntityMention;
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
 * {@link #clauseBetween}). The labels are first repaired where the tagger is known to misread short sentences
 * ({@link TaggerLabelRepairs}).
 *
 * <p>Stateless.
 */
final class TaggedSpeech {

    /** Prepositions that tell where the people a source phrase names are ("farmers across the region"). */
    private static final Set<String> WHERE_LINKS = Set.of("across", "near", "around", "throughout");

    /** How much farther a cue in another sentence counts, per sentence between. */
    private static final int SENTENCE_PENALTY = 40;

    private TaggedSpeech() {
    }

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
        int[] labels = TaggerLabelRepairs.withContactClauseSources(doc, sequence,
                TaggerLabelRepairs.withInvertedSources(doc, sequence,
                        TaggerLabelRepairs.withAccordingToSources(doc, sequence,
                                TaggerLabelRepairs.withAppositionHeadsAsSources(doc, sequence,
                                        TaggerLabelRepairs.withSubjectsBeforeTheirCuesAsSources(doc, sequence,
                                                TaggerLabelRepairs.withSubjectsAsContent(doc, sequence, tagged))))));
        List<Run> contents = runs(sequence, labels, TaggerModel.CONTENT).stream()
                .map(r -> wholeQuotes(doc, sequence, labels, r))
                .map(r -> withVerb(doc, sequence, labels, r))
                .map(r -> TaggerLabelRepairs.withNameBeforeApposition(doc, sequence, labels, r))
                .map(r -> TaggerLabelRepairs.withoutHearer(doc, sequence, labels, r))
                .map(r -> TaggerLabelRepairs.afterDateline(doc, sequence, r)).toList();
        List<Run> sources = TaggerLabelRepairs.withoutParticipleAgents(doc, runs(sequence, labels, TaggerModel.SOURCE))
                .stream()
                .map(r -> TaggerLabelRepairs.afterDateline(doc, sequence, r))
                .map(r -> TaggerLabelRepairs.fromSubject(doc, r))
                .map(r -> TaggerLabelRepairs.fromRelativeClause(doc, r))
                .map(r -> TaggerLabelRepairs.beforeItsVerb(doc, r))
                .map(r -> TaggerLabelRepairs.afterPrepositionalObject(doc, r))
                .map(r -> TaggerLabelRepairs.fromStressedNoun(doc, r))
                .map(r -> TaggerLabelRepairs.withoutDay(doc, r)).filter(r -> hasWord(doc, r))
                .filter(r -> !TaggerLabelRepairs.onlyATime(doc, r)).toList();
        List<Run> cues = new ArrayList<>(runs(sequence, labels, TaggerModel.CUE));
        cues.removeIf(c -> TaggerLabelRepairs.isDateline(doc, sequence, c));
        Map<Run, List<Span>> byCue = new LinkedHashMap<>();
        for (Run c : cues) {
            byCue.put(c, new ArrayList<>());
        }
        for (Run content : contents) {
            Run cue = nearest(doc, cues, content);
            if (cue != null && hasWord(doc, content) && !TaggerLabelRepairs.onlyATime(doc, content)
                    && !clauseBetween(doc, content, cue)
                    && !TaggerLabelRepairs.subordinateAfterCue(doc, cue, content)
                    && !TaggerLabelRepairs.insideOpeningParticiple(doc, content, cue)
                    && !TaggerLabelRepairs.insideSubjectRelativeClause(doc, content, cue)
                    && !TaggerLabelRepairs.beforeRelativeSubject(doc, content, cue)
                    && !TaggerLabelRepairs.mainClauseBeforeParticiple(doc, content, cue)
                    && !TaggerLabelRepairs.subjectBeforeAnAdverbAside(doc, content, cue)) {
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
            Optional<SpeakerPhrase> source = TaggerLabelRepairs.opensAsParticiple(doc, cue) ? Optional.empty()
                    : Optional.ofNullable(nearestInSentence(doc, sources, cue)).map(r -> phrase(doc, r))
                            .or(() -> TaggerLabelRepairs.possessorOfNominalCue(doc, cue));
            Span cueSpan = doc.span(cue.first(), cue.end());
            boolean before = pieces.get(0).start() < cueSpan.start();
            boolean after = pieces.get(pieces.size() - 1).end() > cueSpan.end();
            boolean accordingTo = doc.lower(cue.first()).equals("according");
            if (accordingTo && !before) {
                pieces = withoutApposition(doc, pieces);
            }
            AttributionRule rule = accordingTo ? AttributionRule.ACCORDING_TO
                    : before && after ? AttributionRule.REPORTED_AROUND_CUE
                    : before ? AttributionRule.REPORTED_BEFORE_CUE : AttributionRule.REPORTED_AFTER_CUE;
            out.add(new ReportedSpeech(pieces, source, cueSpan, cue.first(), rule, confidence));
        }
        return out;
    }

    /**
     * The content after "according to X," without an apposition that describes X ("According to Tom Berg, an
     * economist at the bank, the plant could close": the content is the clause), as {@link Phrases#afterApposition}
     * finds it after the comma that ends the source.
     */
    private static List<Span> withoutApposition(DocumentView doc, List<Span> pieces) {
        Span piece = pieces.get(0);
        int first = doc.firstTokenAtOrAfter(piece.start());
        if (first <= 0 || !doc.token(first - 1).word().equals(",")) {
            return pieces;
        }
        int sentenceEnd = doc.sentenceEnd(doc.token(first).sentenceIndex());
        int clause = Phrases.afterApposition(doc, first, sentenceEnd);
        if (clause == first || doc.token(clause).span().start() >= piece.end()) {
            return pieces;
        }
        List<Span> out = new ArrayList<>(pieces);
        out.set(0, new Span(doc.token(clause).span().start(), piece.end()));
        return out;
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
                || TaggerLabelRepairs.cueAfterOpeningClause(doc, sequence, labels, run, stop, false) >= 0;
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
     * A cue after the content that opens a relative clause gives way to the next cue of its sentence.
     */
    private static Run nearest(DocumentView doc, List<Run> cues, Run content) {
        int after = firstStartingAtOrAfter(cues, content.end());
        Run best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int k = Math.max(0, after - 1); k <= Math.min(cues.size() - 1, after); k++) {
            Run cue = cues.get(k);
            if (k == after && k + 1 < cues.size() && Phrases.opensRelativeClause(doc, cue.first())
                    && sentenceGap(doc, cue, cues.get(k + 1)) == 0) {
                // "..., a neighbour, who asked not to be named, said": the relative clause's cue reports only
                // what follows it
                cue = cues.get(k + 1);
            }
            int gap = cue.first() >= content.end() ? cue.first() - content.end() + 1
                    : content.first() >= cue.end() ? content.first() - cue.end() + 1 : 0;
            if (opensWithThat(doc, content) && cue.end() <= content.first()
                    && content.first() - cue.end() <= TaggerLabelRepairs.MAX_HEARER
                    && sentenceGap(doc, cue, content) == 0) {
                // "told local radio that she ..., insisting that ...": a clause that opens with "that" completes
                // the cue before it, not a participle after it
                gap = 0;
            }
            int cost = gap + SENTENCE_PENALTY * sentenceGap(doc, cue, content);
            if (cost < bestCost) {
                bestCost = cost;
                best = cue;
            }
        }
        return best;
    }

    private static boolean opensWithThat(DocumentView doc, Run content) {
        return content.end() - content.first() > 1 && doc.lower(content.first()).equals("that");
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
     * it ({@code Sara Holm, who leads the union}, {@code a farmer whose fields were flooded}), with what follows a
     * comma as its apposition; its head is given by {@link #head}.
     */
    private static SpeakerPhrase phrase(DocumentView doc, Run r) {
        int end = r.end();
        for (int k = r.first() + 1; k < r.end(); k++) {
            if (doc.token(k).word().equals(",") || Phrases.isRelativePronoun(doc.token(k))
                    || doc.token(k).pos().equals("WP$")) {
                // "A farmer whose fields were flooded": the clause tells of the source, the noun before it names it
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
        } else {
            phrase = withNameAfterClause(doc, phrase, r);
        }
        return phrase;
    }

    /**
     * The phrase with the name that follows the relative clause on it as its apposition ("The firm that runs the
     * ferries, Norvik Lines, said"): the words from the first comma after the clause to the next comma or the run's
     * end, when they are all proper nouns; else the phrase.
     */
    private static SpeakerPhrase withNameAfterClause(DocumentView doc, SpeakerPhrase phrase, Run r) {
        int comma = phrase.end() + 1;
        while (comma < r.end() && !doc.token(comma).word().equals(",")) {
            comma++;
        }
        if (comma >= r.end()) {
            return phrase;
        }
        int to = comma + 1;
        while (to < r.end() && doc.token(to).isProperNoun()) {
            to++;
        }
        boolean closed = to == r.end() || doc.token(to).word().equals(",");
        return to > comma + 1 && closed ? phrase.withApposition(comma + 1, to) : phrase;
    }

    /**
     * A common or plural noun before a preposition or a modifier that joins it to a complement ("fishermen in the
     * town", "farmers across the region", "people close to the talks"); else the last word of the first named entity,
     * or the speaker noun it modifies ("Norvik aides", see {@link #compoundHead}), or the head of the words after it
     * when it is a possessor ("Norvik's chief executive"), else the last noun or pronoun, else the last token.
     */
    private static int head(DocumentView doc, int first, int end) {
        for (int k = first; k < end; k++) {
            String before = k > first ? doc.token(k - 1).pos() : "";
            if ((Phrases.isLink(doc, k) || whereLink(doc, k, first) || postModifier(doc, k, end)
                    || Phrases.isParticipleAfterNoun(doc, k, first, end))
                    && (before.equals("NN") || before.equals("NNS") || before.equals("NNPS")
                    || before.equals("NNP") && capitalisedSpeakerNoun(doc, k - 1))) {
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
                for (EntityMention m : doc.entities().within(k, last + 1)) {
                    if (m.firstToken() == k) {
                        // the entity grouper split what the tagger ran together: "Det Sgt Amy Rowe | of Essex Police"
                        last = m.endToken() - 1;
                        break;
                    }
                }
                if (last + 2 < end && doc.token(last + 1).pos().equals("POS")) {
                    // "Norvik's chief executive", "Sweden's environment court": the possessor only qualifies what
                    // speaks; it still heads "Norvik's statement" or "Norvik's plans"
                    int possessed = head(doc, last + 2, end);
                    if (speaksForItself(doc, last + 2, possessed)) {
                        return possessed;
                    }
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

    /**
     * Whether the token is a preposition that tells where the people named by the noun before it are: a speaker noun
     * of the word lists ("farmers across the region", "residents near the plant"; not "posters across the city"), or
     * any animate noun when a named place follows, which cannot be who speaks ("bakers across the north-west").
     */
    private static boolean whereLink(DocumentView doc, int k, int first) {
        if (k <= first || !WHERE_LINKS.contains(doc.lower(k))) {
            return false;
        }
        Token noun = doc.token(k - 1);
        if (doc.lexicon().isSpeakerNoun(doc.lower(k - 1), noun.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int place = k + 1 < doc.tokenCount() && doc.token(k + 1).pos().equals("DT") ? k + 2 : k + 1;
        return place < doc.tokenCount() && doc.token(place).ner().equals("LOCATION") && doc.isSpeakerNoun(k - 1);
    }

    /**
     * Whether a token the part-of-speech tagger reads as a proper noun is a speaker noun that is no name: a group,
     * role, organisation or source noun outside any entity, capitalised by its place ("Parents in the village say
     * ..." after a dateline, where the tagger reads "Parents" as a name).
     */
    private static boolean capitalisedSpeakerNoun(DocumentView doc, int k) {
        Token t = doc.token(k);
        return t.ner().equals("O")
                && doc.lexicon().isSpeakerNoun(doc.lower(k), t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether what a possessor owns can speak for itself: a role, a group or an organisation noun ("Norvik's chief
     * executive", "Ann Lee's lawyers", "the party's youth wing"), or a name with no preposition before it ("Norvik's
     * parent company Halvex"); not a writing ("Norvik's statement", whose author the possessor is) nor anything else.
     */
    private static boolean speaksForItself(DocumentView doc, int from, int head) {
        Token t = doc.token(head);
        if (!t.ner().equals("O")) {
            for (int k = from; k < head; k++) {
                if (doc.token(k).pos().equals("IN")) {
                    return false;
                }
            }
            return true;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        Lexicon lex = doc.lexicon();
        return t.isNoun() && (lex.groupNouns().contains(doc.lower(head)) || lex.roleNouns().contains(lemma)
                || lex.orgNouns().contains(lemma));
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
     * "Norvik aides", "state officials": a name before common nouns only modifies them when the last of them is a
     * speaker noun (a group, a role, an organisation, a source) and no name follows it ("party spokesman Tom Berg"
     * is Tom Berg); then that noun heads the phrase, else the name's last word does. A plural proper noun that ends
     * the phrase outside every name ("Senate Democrats", {@link Phrases#isGroupName}) heads it too.
     */
    private static int compoundHead(DocumentView doc, int nameLast, int end) {
        int k = nameLast;
        while (k + 1 < end && isCommonNoun(doc.token(k + 1))) {
            k++;
        }
        if (k == nameLast && k + 2 == end && Phrases.isGroupName(doc, k + 1)) {
            // "Senate Democrats": the party's members in the chamber speak, not the chamber
            return k + 1;
        }
        if (k == nameLast || (k + 1 < end && doc.token(k + 1).isProperNoun())) {
            return nameLast;
        }
        String lemma = doc.token(k).lemma().toLowerCase(Locale.ROOT);
        return doc.lexicon().isSpeakerNoun(doc.lower(k), lemma) ? k : nameLast;
    }

    /**
     * A common noun, also one written in lowercase that the part-of-speech tagger reads as part of the name before it
     * ("the Vermont senator": "senator" heads the phrase, not the state).
     */
    private static boolean isCommonNoun(Token t) {
        String pos = t.pos();
        return pos.equals("NN") || pos.equals("NNS")
                || pos.startsWith("NNP") && Character.isLowerCase(t.word().codePointAt(0));
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
        int k = TaggerLabelRepairs.beforeVerbGroup(doc, content.end(), cue.first());
        return doc.holdsFiniteVerb(content.end(), k + 1);
    }

    private static boolean hasWord(DocumentView doc, Run r) {
        for (int k = r.first(); k < r.end(); k++) {
            if (!doc.token(k).isPunctuation()) {
                return true;
            }
        }
        return false;
    }
}
