package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
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
 * and {@code according to X}. A quote inside the reported clause is part of it. In each sentence a cue that closes
 * it goes first, then the others from the most to the least reliable (the fitted share of their lemma), and one
 * whose source, cue or content overlaps one already taken is dropped: attributions do not nest, but for an
 * {@code according to X} that holds whole the reports it overlaps ({@code Ann Lee said ..., according to the
 * Courier}: who tells of a report). A quotation in double marks that goes on over the next sentences of its
 * paragraph joins the attribution before it.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedSpeechFinder {

    /** Verbs whose first object names the hearer, not what was said: "told reporters that ...". */
    private static final Set<String> HEARER_VERBS = Set.of("tell", "inform", "assure", "remind", "notify",
            "promise", "convince", "persuade", "advise", "brief");
    /** Bodies that hear evidence, whose "heard" reports what was said before them. */
    private static final Set<String> HEARING_BODIES = Set.of("court", "jury", "jurors", "inquest", "tribunal",
            "hearing", "inquiry", "trial", "magistrates", "panel", "committee");
    /** Conjunctions that, after a comma, start a clause of the writer's own. */
    private static final Set<String> CLAUSE_JOINERS = Set.of("but", "while", "whilst", "although", "though", "whereas",
            "yet");
    /** Words before a time that belong to it: "on Monday", "last week", "late Wednesday". */
    private static final Set<String> TIME_INTRODUCERS = Set.of("on", "last", "this", "late", "early", "next");
    /** How sure a participle is that reports for the source of an earlier cue of its sentence. */
    private static final double PARTICIPLE_CONFIDENCE = 0.6;
    /** Words that open a reported clause although tagged as prepositions. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when");
    /**
     * Conjunctions that open the writer's own clause of time or circumstance after a source and its cue: "...,
     * she said, as talks resumed" ("because" and "when" clauses there are most often still what was said).
     */
    static final Set<String> SUBORDINATORS = Set.of("as", "while", "whilst", "after", "before", "amid", "amidst",
            "despite");
    /** How far "that" may follow a cue over a phrase such as "in a statement on Monday". */
    private static final int MAX_PHRASE_BEFORE_THAT = 8;
    /** How many words may follow a closing cue: "said in a statement on Tuesday". */
    private static final int MAX_ADJUNCT_WORDS = 6;
    /** A content needs at least this many tokens that are not punctuation. */
    private static final int MIN_CONTENT_WORDS = 2;
    /**
     * How reliable a cue must be (its fitted share, see {@link #weight}) to report a clause after it when no
     * source is found before it: "... which was described as ...", a subject the phrase finder cannot reach. Of the
     * shares tried on the training articles (0.3, 0.5, 0.75), 0.5 gave the best content F1 for its precision.
     */
    private static final double SOURCELESS_MIN = 0.5;
    /** How sure a cue without a source is. */
    private static final double SOURCELESS_CONFIDENCE = 0.5;

    /**
     * @param doc the document
     * @return its reported speech, in text order
     */
    List<ReportedSpeech> find(DocumentView doc) {
        boolean[] inQuotation = quotationMask(doc);
        List<ReportedSpeech> out = new ArrayList<>();
        int s = 0;
        while (s < doc.sentenceCount()) {
            if (doc.sentenceFirst(s) < 0) {
                s++;
                continue;
            }
            List<ReportedSpeech> found = inSentence(doc, s, inQuotation);
            int next = s + 1;
            if (found.size() == 1 && found.get(0).rule() != AttributionRule.REPORTED_AFTER_CUE) {
                // ''Sentence one,'' he said. ''Sentence two.'' : the quotation goes on in the next sentences.
                List<Span> more = new ArrayList<>(found.get(0).content());
                while (next < doc.sentenceCount() && continuesQuotation(doc, s, next, inQuotation)) {
                    contentSpan(doc, doc.sentenceFirst(next), doc.sentenceEnd(next)).ifPresent(more::add);
                    next++;
                }
                ReportedSpeech r = found.get(0);
                found = List.of(r.withContent(more));
            }
            out.addAll(found);
            s = next;
        }
        return out;
    }

    /**
     * Which tokens lie inside a quotation, by the double quotation marks of each paragraph taken in turn as opening
     * and closing (TeX-style {@code ''...''} included, which the quote finder leaves to the writer's discretion).
     */
    static boolean[] quotationMask(DocumentView doc) {
        boolean[] mask = new boolean[doc.tokens().size()];
        boolean open = false;
        int paragraph = -1;
        for (int i = 0; i < mask.length; i++) {
            int p = doc.paragraphOfSentence(doc.token(i).sentenceIndex());
            if (p != paragraph) {
                paragraph = p;
                open = false;
            }
            if (isDoubleMark(doc.token(i).word())) {
                open = !open;
            }
            mask[i] = open || doc.isQuoted(i);
        }
        return mask;
    }

    private static boolean isDoubleMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d");
    }

    /**
     * True when a sentence goes on with the quotation of the attribution before it in its paragraph: its first word
     * lies inside the quotation, and no cue follows where the quotation closes (that would be an attribution of its
     * own: {@code ''...,'' she added.}).
     */
    private static boolean continuesQuotation(DocumentView doc, int previous, int sentence, boolean[] inQuotation) {
        int first = doc.sentenceFirst(sentence);
        int end = doc.sentenceEnd(sentence);
        if (first < 0 || doc.paragraphOfSentence(sentence) != doc.paragraphOfSentence(previous)) {
            return false;
        }
        int k = first;
        while (k < end && isDoubleMark(doc.token(k).word())) {
            k++;
        }
        if (k >= end || !inQuotation[k]) {
            return false;
        }
        for (int i = k; i < end; i++) {
            if (!inQuotation[i] && (isCue(doc, i) || isAccordingTo(doc, i, end))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reported speech of one sentence. A cue that closes the sentence ({@code ..., the council said.}) is read
     * first, then the others from the most to the least reliable cue; one whose source, cue or content would
     * overlap one already taken is dropped (attributions do not nest), but an "according to" that holds the reports it
     * overlaps whole is kept beside them.
     */
    private static List<ReportedSpeech> inSentence(DocumentView doc, int sentence, boolean[] inQuotation) {
        int first = doc.sentenceFirst(sentence);
        int end = doc.sentenceEnd(sentence);
        List<Integer> cues = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (!inQuotation[i] && (isAccordingTo(doc, i, end) || isCue(doc, i))) {
                cues.add(i);
            }
        }
        if (cues.isEmpty()) {
            return List.of();
        }
        int last = cues.get(cues.size() - 1);
        // "..., the council said on Monday, adding that ...": the participle reports on its own after the cue
        int closer = cues.size() > 1 && doc.token(last).pos().equals("VBG") && commaBefore(doc, last, first) >= 0
                ? cues.get(cues.size() - 2) : last;
        boolean closes = !isAccordingTo(doc, closer, end) && aroundVerb(doc, sentence, closer)
                .filter(r -> r.rule() == AttributionRule.REPORTED_BEFORE_CUE).isPresent();
        // A cue that closes the sentence ("..., the council said."), or all of it but a participle's clause, reports
        // all before it: it goes first.
        cues.sort(Comparator.comparing((Integer i) -> !(closes && i == closer))
                .thenComparing(i -> -weight(doc, i, end)).thenComparing(i -> i));
        boolean[] claimed = new boolean[end - first];
        List<ReportedSpeech> found = new ArrayList<>();
        List<Integer> participles = new ArrayList<>();
        List<ReportedSpeech> sourceless = new ArrayList<>();
        List<ReportedSpeech> outer = new ArrayList<>();
        for (int i : cues) {
            if (claimed[i - first]) {
                continue;
            }
            Optional<ReportedSpeech> r = isAccordingTo(doc, i, end) ? accordingTo(doc, sentence, i)
                    : aroundVerb(doc, sentence, i);
            if (r.isEmpty()) {
                if (doc.token(i).pos().equals("VBG") && commaBefore(doc, i, first) >= 0) {
                    participles.add(i);
                }
                continue;
            }
            if (r.get().source().isEmpty()) {
                sourceless.add(r.get());
                continue;
            }
            if (!claimIfFree(doc, r.get(), claimed, first, end, found, sourceTaken(found, r.get()))
                    && r.get().rule() == AttributionRule.ACCORDING_TO) {
                outer.add(r.get());
            }
        }
        // "''...,'' Ms. Hill said, adding that ...": a participle after a comma reports for the source before it.
        for (int i : participles) {
            int verb = i;
            Optional<ReportedSpeech> before = found.stream().filter(r -> r.cueToken() < verb && r.source().isPresent())
                    .max(Comparator.comparingInt(ReportedSpeech::cueToken));
            int after = contentStart(doc, i, end);
            Optional<Span> content = after < 0 ? Optional.empty() : contentSpan(doc, after, clauseEnd(doc, after, end));
            if (before.isPresent() && content.isPresent() && !claimed[i - first]) {
                claimIfFree(doc, new ReportedSpeech(List.of(content.get()), before.get().source(),
                        doc.span(i, i + 1), i, AttributionRule.REPORTED_AFTER_CUE, PARTICIPLE_CONFIDENCE),
                        claimed, first, end, found, true);
            }
        }
        // A cue whose source was not found reports only what no cue with a source has taken.
        for (ReportedSpeech r : sourceless) {
            claimIfFree(doc, r, claimed, first, end, found, false);
        }
        // "Ann Lee said ..., according to the Courier": who tells of a report holds it whole, beside it
        for (ReportedSpeech r : outer) {
            if (holdsWhatItOverlaps(doc, r, found)) {
                found.add(r);
            }
        }
        found.sort(Comparator.comparingInt(r -> r.extent().start()));
        return found;
    }

    /**
     * Takes the reported speech when none of its tokens is taken yet; with {@code sharedSource} (a participle
     * reporting for an earlier attribution's source, or a second cue of a source already found: "..., according to
     * the agency, which said ...") only its cue and content need to be free.
     *
     * @return whether it was taken
     */
    private static boolean claimIfFree(DocumentView doc, ReportedSpeech r, boolean[] claimed, int first, int end,
                                    List<ReportedSpeech> found, boolean sharedSource) {
        int[] region = sharedSource ? cueAndContent(doc, r) : region(doc, r);
        int from = Math.max(first, region[0]);
        int to = Math.min(end, region[1]);
        for (int k = from; k < to; k++) {
            if (claimed[k - first]) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            claimed[k - first] = true;
        }
        found.add(r);
        return true;
    }

    /**
     * True when the "according to" report {@code r} holds whole, in its content, every report found that it
     * overlaps, and there is at least one: none reaches into its cue or source, none runs out of its content.
     */
    private static boolean holdsWhatItOverlaps(DocumentView doc, ReportedSpeech r, List<ReportedSpeech> found) {
        Span content = r.extent();
        int[] own = region(doc, r);
        int[] citing = {r.cueToken(), r.source().map(SpeakerPhrase::end).orElse(r.cueToken() + 2)};
        boolean holds = false;
        for (ReportedSpeech f : found) {
            int[] other = region(doc, f);
            if (other[0] < citing[1] && citing[0] < other[1]) {
                return false;
            }
            if (other[0] < own[1] && own[0] < other[1]) {
                if (!content.contains(doc.span(other[0], other[1]))) {
                    return false;
                }
                holds = true;
            }
        }
        return holds;
    }

    /** Whether an attribution found before has the same source phrase as {@code r}. */
    private static boolean sourceTaken(List<ReportedSpeech> found, ReportedSpeech r) {
        if (r.source().isEmpty()) {
            return false;
        }
        SpeakerPhrase p = r.source().get();
        return found.stream().anyMatch(f -> f.source().isPresent() && f.source().get().first() == p.first()
                && f.source().get().end() == p.end());
    }

    /** The tokens an attribution's cue and content span, its source left out: {first, end}. */
    private static int[] cueAndContent(DocumentView doc, ReportedSpeech r) {
        return new int[] {Math.min(r.cueToken(), doc.firstTokenAtOrAfter(r.extent().start())),
            Math.max(r.cueToken() + 1, doc.lastTokenEndingBy(r.extent().end()) + 1)};
    }

    /** The tokens an attribution spans, source and cue included: {first, end}. */
    static int[] region(DocumentView doc, ReportedSpeech r) {
        int[] cueAndContent = cueAndContent(doc, r);
        int from = cueAndContent[0];
        int to = cueAndContent[1];
        if (r.source().isPresent()) {
            SpeakerPhrase p = r.source().get();
            from = Math.min(from, p.first());
            to = Math.max(to, p.hasApposition() ? Math.max(p.end(), p.appositionEnd()) : p.end());
        }
        return new int[] {from, to};
    }

    /** How reliable a cue is: the fitted share of its lemma's uses that were cues. */
    static double weight(DocumentView doc, int i, int end) {
        if (isAccordingTo(doc, i, end)) {
            return doc.lexicon().attributionCues().getOrDefault("accord", 1.0);
        }
        if (heardAtAHearing(doc, i)) {
            return doc.lexicon().attributionCues().getOrDefault("say", 1.0);
        }
        String lemma = cueLemma(doc.lexicon(), doc.lower(i), doc.token(i).lemma());
        return Math.max(doc.lexicon().attributionCues().getOrDefault(lemma, 0.0), phrasalWeight(doc, i, i + 1));
    }

    /**
     * The lemma under which a cue's fitted share is kept: the word's lemma in lowercase, as the cue lists spell it
     * ({@link Lexicon#cueSpelling}), but "say" for "said" and "says", which the tagger may lemmatise otherwise.
     *
     * @param lexicon   the word lists
     * @param lowerWord the word in lowercase
     * @param lemma     its lemma
     */
    static String cueLemma(Lexicon lexicon, String lowerWord, String lemma) {
        return lowerWord.equals("said") || lowerWord.equals("says") ? "say"
                : lexicon.cueSpelling(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The fitted share of a verb with the preposition at {@code k} ("called for", "referring to") as a cue whose
     * content follows the preposition; 0 when the pair is not a phrasal cue.
     */
    static double phrasalWeight(DocumentView doc, int verb, int k) {
        if (k >= doc.tokens().size() || doc.token(k).sentenceIndex() != doc.token(verb).sentenceIndex()) {
            return 0;
        }
        return doc.lexicon().phrasalCues().getOrDefault(
                cueLemma(doc.lexicon(), doc.lower(verb), doc.token(verb).lemma()) + " " + doc.lower(k), 0.0);
    }

    static boolean isAccordingTo(DocumentView doc, int i, int end) {
        return i + 2 < end && doc.lower(i).equals("according") && doc.lower(i + 1).equals("to");
    }

    /**
     * A verb that marks attributions (a lemma of the fitted cue list, "said", or a fitted phrasal cue with the
     * preposition after it), not inside a quote.
     */
    static boolean isCue(DocumentView doc, int i) {
        Token t = doc.token(i);
        if (doc.isQuoted(i) || isInfinitiveOrAuxiliaryUse(doc, i)) {
            return false;
        }
        String word = doc.lower(i);
        if (word.equals("said") || word.equals("says") || heardAtAHearing(doc, i)) {
            return true;
        }
        return t.isVerb() && (doc.lexicon().attributionCues().containsKey(cueLemma(doc.lexicon(), word, t.lemma()))
                || phrasalWeight(doc, i, i + 1) > 0);
    }

    /**
     * "heard" after a court, a jury or another body that hears evidence ("Marlow Crown Court heard", "the inquest
     * heard that ..."): what was said there, as court reports put it. It counts as much as "said".
     */
    static boolean heardAtAHearing(DocumentView doc, int i) {
        return i > 0 && doc.lower(i).equals("heard") && HEARING_BODIES.contains(doc.lower(i - 1));
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
    static Optional<ReportedSpeech> accordingTo(DocumentView doc, int sentence, int i) {
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
            int comma = commaAfterModifier(doc, after, end);
            if (comma > after) {
                // "According to a report seen by the Herald, ...": the phrase's modifiers belong to the source
                SpeakerPhrase p = source.get();
                source = Optional.of(new SpeakerPhrase(p.first(), comma, p.head()));
                after = comma;
            }
            if (after < end && doc.token(after).word().equals(",")) {
                contentSpan(doc, Phrases.afterApposition(doc, after + 1, end), end).ifPresent(content::add);
            }
        } else {
            contentSpan(doc, first, trimComma(doc, i)).ifPresent(content::add);
        }
        return content.isEmpty() ? Optional.empty()
                : Optional.of(new ReportedSpeech(content, source, cue, i, AttributionRule.ACCORDING_TO, 0.8));
    }

    /**
     * The first comma from {@code after} on with no finite verb or quote before it, or -1: what the phrase finder left
     * of an opening "according to"'s source ("a report seen by the Herald,", "early results of a survey conducted for
     * the council by a firm in the city,"), or the adjuncts after an opening "as" clause's cue ("on Monday,").
     */
    private static int commaAfterModifier(DocumentView doc, int after, int end) {
        for (int k = after; k < end; k++) {
            if (doc.token(k).word().equals(",")) {
                return k;
            }
            if (doc.isQuoted(k) || doc.isFiniteVerb(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** The content around a cue verb, after it, before it, or on both sides of it. */
    private static Optional<ReportedSpeech> aroundVerb(DocumentView doc, int sentence, int verb) {
        int first = doc.sentenceFirst(sentence);
        int end = doc.sentenceEnd(sentence);
        Span cue = doc.span(verb, verb + 1);
        // "..., said X." : the subject after the verb; after "told" it is the hearer ("..., told the Post")
        int comma = commaBefore(doc, verb, first);
        if (comma >= 0 && !HEARER_VERBS.contains(doc.token(verb).lemma())) {
            Optional<SpeakerPhrase> inverted = Phrases.startingAt(doc, verb + 1, end);
            if (inverted.isPresent() && (restIsPunctuationOrApposition(doc, inverted.get().end(), end)
                    || restIsAdjunct(doc, inverted.get().end(), end))) {
                Optional<Span> preceding = contentSpan(doc, clauseStart(doc, first, comma), comma);
                if (preceding.isPresent()) {
                    return Optional.of(new ReportedSpeech(List.of(preceding.get()), inverted, cue, verb,
                            AttributionRule.REPORTED_BEFORE_CUE, 0.75));
                }
            }
        }
        Optional<SpeakerPhrase> subject = Phrases.subjectOf(doc, verb, sentence)
                .filter(p -> p.end() <= verb);
        if (subject.isEmpty()) {
            if (weight(doc, verb, end) < SOURCELESS_MIN) {
                return Optional.empty();
            }
            int start = contentStart(doc, verb, end);
            boolean commaNext = verb + 1 < end && doc.token(verb + 1).word().equals(",");
            return start < 0 || commaNext ? Optional.empty()
                    : contentSpan(doc, start, clauseEnd(doc, start, end)).map(c -> new ReportedSpeech(List.of(c),
                            Optional.empty(), cue, verb, AttributionRule.REPORTED_AFTER_CUE, SOURCELESS_CONFIDENCE));
        }
        Optional<ReportedSpeech> as = opensWithAs(doc, first, end, subject.get(), verb);
        if (as.isPresent()) {
            return as;
        }
        int groupComma = commaBefore(doc, subject.get().first(), first);
        int after = contentStart(doc, verb, end);
        Optional<Span> following = after < 0 ? Optional.empty() : contentSpan(doc, after, clauseEnd(doc, after, end));
        Optional<Span> preceding = groupComma >= 0 ? contentSpan(doc, clauseStart(doc, first, groupComma), groupComma)
                : Optional.empty();
        boolean commaAfter = verb + 1 < end && doc.token(verb + 1).word().equals(",");
        if (preceding.isPresent() && commaAfter && verb + 2 < end && SUBORDINATORS.contains(doc.lower(verb + 2))) {
            // "The bank is weighing a sale, people familiar with the matter said, as it seeks capital.": the clause
            // after is the writer's, about the clause before
            return Optional.of(new ReportedSpeech(List.of(preceding.get()), subject, cue, verb,
                    AttributionRule.REPORTED_BEFORE_CUE, 0.75));
        }
        if (preceding.isPresent() && commaAfter) {
            // "The real danger, she said, is a flood in spring."
            Optional<Span> rest = contentSpan(doc, verb + 2, clauseEnd(doc, verb + 2, end));
            if (rest.isPresent() && !startsWithParticiple(doc, verb + 2, end)) {
                return Optional.of(new ReportedSpeech(List.of(preceding.get(), rest.get()), subject, cue, verb,
                        AttributionRule.REPORTED_AROUND_CUE, 0.7));
            }
        }
        if (following.isPresent() && !commaAfter) {
            return Optional.of(new ReportedSpeech(List.of(following.get()), subject, cue, verb,
                    AttributionRule.REPORTED_AFTER_CUE, 0.7));
        }
        if (preceding.isPresent() && restIsAdjunct(doc, afterHearer(doc, verb, end), end)) {
            return Optional.of(new ReportedSpeech(List.of(preceding.get()), subject, cue, verb,
                    AttributionRule.REPORTED_BEFORE_CUE, 0.75));
        }
        return Optional.empty();
    }

    /**
     * {@code As the Courier reported on Monday, the council will sell the quay.}: a sentence that opens with "as", a
     * source and its cue reports the clause after the comma that closes them (no finite verb, quote or clause
     * opener before that comma). "As" in the middle of a sentence is left alone: there it is more often the writer's
     * "while" or "because" ("The talks failed, as both sides accused each other of ...").
     */
    private static Optional<ReportedSpeech> opensWithAs(DocumentView doc, int first, int end, SpeakerPhrase subject,
                                                        int verb) {
        int as = subject.first() - 1;
        if (as != first || !doc.lower(as).equals("as") || doc.isQuoted(as)) {
            return Optional.empty();
        }
        int comma = commaAfterModifier(doc, verb + 1, end);
        for (int k = verb + 1; k < comma; k++) {
            if (CLAUSE_OPENERS.contains(doc.lower(k))) {
                return Optional.empty();
            }
        }
        return comma < 0 ? Optional.empty() : contentSpan(doc, comma + 1, clauseEnd(doc, comma + 1, end))
                .map(c -> new ReportedSpeech(List.of(c), Optional.of(subject), doc.span(verb, verb + 1), verb,
                        AttributionRule.REPORTED_AFTER_CUE, 0.7));
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
     * Where a reported clause ends: the sentence's end, or the first semicolon, dash, comma before a conjunction
     * that starts another clause ("..., but critics say ..."), or a comma, "and" or "but" before another cue
     * ("... and said ...", "..., said ...").
     */
    static int clauseEnd(DocumentView doc, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (doc.isQuoted(k)) {
                continue;
            }
            String w = doc.lower(k);
            if (isClauseBreak(doc, k)) {
                return k;
            }
            if (w.equals(",") && k + 1 < end && CLAUSE_JOINERS.contains(doc.lower(k + 1))) {
                return k;
            }
            if (w.equals(",") || w.equals("and") || w.equals("but")) {
                int v = k + 1;
                while (v < end && (isQuoteMark(doc.token(v).word()) || doc.token(v).pos().startsWith("RB"))) {
                    v++;
                }
                if (v < end && isCue(doc, v) && !doc.token(v).pos().equals("VBN")) {
                    return k;
                }
            }
        }
        return end;
    }

    /** The first token of the clause that ends at {@code end}: after the last semicolon or dash before it. */
    private static int clauseStart(DocumentView doc, int first, int end) {
        for (int k = end - 1; k > first; k--) {
            if (!doc.isQuoted(k) && isClauseBreak(doc, k)) {
                return k + 1;
            }
        }
        return first;
    }

    /**
     * A semicolon or a dash standing between two clauses; a hyphen inside a word ("same-sex", which the tokenizer
     * splits) breaks nothing.
     */
    private static boolean isClauseBreak(DocumentView doc, int k) {
        String word = doc.lower(k);
        if (word.equals(";")) {
            return true;
        }
        if (!(word.equals("--") || word.equals("-") || word.equals("\u2013") || word.equals("\u2014"))) {
            return false;
        }
        Span at = doc.token(k).span();
        boolean joinedBefore = k > 0 && doc.token(k - 1).span().end() == at.start();
        boolean joinedAfter = k + 1 < doc.tokens().size() && doc.token(k + 1).span().start() == at.end();
        return !(joinedBefore && joinedAfter);
    }

    /** A clause opening with a participle: "..., he said, adding that ..." is two attributions, not one. */
    private static boolean startsWithParticiple(DocumentView doc, int from, int end) {
        return from < end && doc.token(from).pos().equals("VBG");
    }

    /** The token after a cue and, for "told", "assured" and the like, after the hearer named next to it. */
    private static int afterHearer(DocumentView doc, int verb, int end) {
        return skipHearer(doc, verb, verb + 1, end);
    }

    /** From token {@code k}, past the hearer of a verb that names one ("told reporters"), if it stands there. */
    private static int skipHearer(DocumentView doc, int verb, int k, int end) {
        if (k < end && HEARER_VERBS.contains(doc.token(verb).lemma()) && !doc.isQuoted(k)) {
            Optional<SpeakerPhrase> hearer = Phrases.startingAt(doc, k, end);
            if (hearer.isPresent()) {
                return hearer.get().end();
            }
        }
        return k;
    }

    /**
     * The first token of the clause a verb reports: after the verb, adverbs, the hearer of "told reporters", and a
     * colon; a short phrase such as "in a statement" or "on Monday" is passed over when "that" follows it. -1 when
     * no clause follows: the sentence ends, or a comma, a preposition or a particle comes first ("laid out",
     * "said in an interview").
     */
    private static int contentStart(DocumentView doc, int verb, int end) {
        int k = verb + 1;
        while (k < end && !doc.isQuoted(k) && (doc.token(k).pos().startsWith("RB") && !doc.lower(k).equals("not")
                || isTime(doc, k))) {
            k++;
        }
        k = skipHearer(doc, verb, k, end);
        if (k < end && doc.token(k).word().equals(":")) {
            k++;
        }
        if (k >= end) {
            return -1;
        }
        if (doc.token(k).word().equals(",")) {
            // "said, among other things, that ..."
            for (int j = k + 2; j < Math.min(end, k + MAX_PHRASE_BEFORE_THAT); j++) {
                if (doc.isQuoted(j)) {
                    return -1;
                }
                if (doc.lower(j).equals("that") && doc.token(j - 1).word().equals(",")) {
                    return j;
                }
            }
            return -1;
        }
        if (doc.isQuoted(k) || opensClause(doc, k, end)) {
            return k;
        }
        String pos = doc.token(k).pos();
        if (phrasalWeight(doc, verb, k) > 0 && k + 1 < end && !doc.token(k + 1).isPunctuation()) {
            // "called for a ban on ...": a phrasal cue reports what follows its preposition.
            return k + 1;
        }
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

    /** A day, month or time of day, or "on", "last", "late" before one: "said late Wednesday that ...". */
    private static boolean isTime(DocumentView doc, int k) {
        Set<String> times = doc.lexicon().timeWords();
        if (times.contains(doc.lower(k))) {
            return true;
        }
        return TIME_INTRODUCERS.contains(doc.lower(k)) && k + 1 < doc.tokens().size()
                && times.contains(doc.lower(k + 1));
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
    static Optional<Span> contentSpan(DocumentView doc, int from, int to) {
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

    /** A double quotation mark, or a single one. */
    private static boolean isQuoteMark(String w) {
        return isDoubleMark(w) || w.equals("'") || w.equals("`") || w.equals("\u2018") || w.equals("\u2019");
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

    /**
     * Nothing but punctuation, or a short phrase of time or place without a verb: "on Tuesday", "in Paris"; then
     * perhaps a comma and a participle or a subordinate clause ("on Tuesday, as prices fell").
     */
    private static boolean restIsAdjunct(DocumentView doc, int from, int end) {
        int words = 0;
        for (int k = from; k < end; k++) {
            if (doc.token(k).word().equals(",") && (startsWithParticiple(doc, k + 1, end)
                    || k + 1 < end && SUBORDINATORS.contains(doc.lower(k + 1)))) {
                // "..., he said, adding that ...": the participle reports on its own; "..., the company said on
                // Tuesday, as prices fell": the clause after is the writer's
                return words <= MAX_ADJUNCT_WORDS;
            }
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
