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
 * Repairs of the attribution tagger's labels where it reads short or unusual sentences wrongly, each measured on
 * held-out annotated news: a clause that opens its sentence before its source and cue ("Sales fell in June, the
 * company said"), a cue left without content whose report the rules found, a time after the cue ("said
 * yesterday"), the colon of a dateline ("PUNE: ..."), a participle of asking that opens its sentence ("Asked
 * about ..., she said"), a clause after "..., she said, as ...", a source apart from its cue ("The committee, which
 * met on Monday, said ...", "The bank held rates but signalled ...", "Residents packed the hall, demanding ..."), the
 * head of a source set off by commas read as a content ("His lawyer, Ann Lee, said"), a clause before the source
 * of a report that goes on after its cue with "and" or "but", the paper that quoted a source as its source ("was
 * quoted by the Courier as saying"), a subject that holds a clause without "who" ("Residents he spoke to say").
 * Stateless.
 */
final class TaggerLabelRepairs {

    /** Words that open a clause of time or condition whose verb may be a bare past participle ("when asked"). */
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("when", "if", "once", "unless", "until", "whenever",
            "though", "although");

    private TaggerLabelRepairs() {
    }

    /**
     * The fitted share of its uses as a cue above which a verb's report by the rules stands when the tagger marks
     * the verb as a cue and gives it no content ("said", "told"; not "called", "aimed").
     */
    static final double SURE_CUE_SHARE = 0.75;

    /** Words that may open a sentence before a participle of asking: "When asked about ...". */
    private static final Set<String> BEFORE_PARTICIPLE = Set.of("when", "if", "once", "after", "while", "whilst",
            "unless", "before", "as");

    /** The most words between the comma after a clause that opens its sentence and the clause's cue. */
    static final int MAX_WORDS_TO_CUE = 6;

    /** The most tokens of a noun phrase before a source set off by commas ("His lawyer, Ann Lee, said"). */
    static final int MAX_APPOSITION_HEAD = 4;

    /** The personal pronouns that may open a clause inside a subject without "who" or "that": "people I asked". */
    private static final Set<String> CONTACT_PRONOUNS = Set.of("he", "she", "i", "we", "they", "you");

    /** The most particles, prepositions or adverbs between the verb of such a clause and the reporting verb. */
    static final int MAX_CONTACT_TAIL = 2;

    /** The parts of speech that may end such a clause: "spoke to", "met with", "talked to recently". */
    private static final Set<String> CONTACT_TAIL = Set.of("IN", "TO", "RP", "RB");

    /** The reflexive pronouns that stress a noun phrase ("the minister herself"). */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");

    /** The most tokens between "quoted" and "as saying" ("quoted by the local evening paper as saying"). */
    static final int MAX_QUOTED_BY = 10;

    /** Participles of a report that cites someone's words: "was quoted as saying", "was cited as saying". */
    private static final Set<String> QUOTING_VERBS = Set.of("quoted", "cited");

    /** The most tokens of who is cited after "according to" that a content of the tagger may be. */
    static final int MAX_CITED = 15;

    /**
     * Participles that tell how a source spoke, after its cue: "speaking on condition of anonymity", "asking not to be
     * named", "requesting anonymity", "declining to be identified". Lemmas.
     */
    private static final Set<String> MANNER_PARTICIPLES = Set.of("speak", "ask", "request", "decline");

    /** Words that open the reason for how a source spoke: "because the talks are private". */
    private static final Set<String> REASONS = Set.of("because", "as", "since");

    /** The most tokens of the hearer between "told" and "that" ("told a public inquiry that"). */
    static final int MAX_HEARER = 6;

    /** The paragraph where a dateline that names no place the entity tagger knows may stand: after the headline. */
    private static final int DATELINE_PARAGRAPH = 1;

    /** Prepositions that tie a noun to a place or a thing it belongs to: "residents near", "passengers on". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("on", "to", "in", "at", "near", "of");

    /**
     * The rules' reports whose cue the tagger marks as a cue but gives no content ("Ticket prices rose again in
     * March, Eva Lund said": the tagger may see the source and the cue and leave the clause out), when their content
     * overlaps nothing the tagger found and holds a finite verb: a clause before its cue, or a clause after a verb
     * that is nearly always a cue. A clause before a verb that is nearly always a cue, or around "according to", may
     * hold the tagger's reports whole, cue and all ("Most members backed the offer, the union said", "..., according
     * to the union"): the report inside it is nested in the union's. Costs in proportion to the paragraph and its
     * reports.
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
            // "Ann Lee said ..., according to the Courier": the clause around the cue may hold a report whole too
            boolean holdsReports = clauseFirst || r.rule() == AttributionRule.ACCORDING_TO;
            if (!holdsAFiniteVerb(doc, r) || !clauseFirst
                    && ReportedSpeechFinder.weight(doc, k, sequence.end()) < SURE_CUE_SHARE) {
                // a phrase ("In a speech last July, she said"), or a report after a verb that is often no cue
                // ("fired back at", "aimed"): the tagger is right to leave it out
                continue;
            }
            boolean taken = marked(doc, sequence, found, r.cue())
                    || (r.content().stream().anyMatch(p -> marked(doc, sequence, found, p))
                            && !(holdsReports && ReportedSpeechFinder.weight(doc, k, sequence.end()) >= SURE_CUE_SHARE
                                    && nestsEveryReportItMeets(r, tagged)));
            if (!taken) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The tagger's reports with the source the rules found for the same cue, where the tagger gave none and the
     * source stands apart from the cue: before a clause set off by commas ("The committee, which met on Monday, said
     * ..."; "The report, published in May, found ...") or as the subject of the sentence's first verb when the cue
     * follows "and" or "but" ("The bank held rates but signalled that ..."). The tagger often reads such a subject as
     * part of the content, or as nothing. Only a source that can speak ({@link DocumentView#canSpeak}) and that the
     * tagger's content does not cover, without the day it ends in and the dateline it opens with ({@link #whoAlone}).
     * Failing that, the subject of the cue's verb ({@link #subjectOfVerb}: "The ferry company cancelled the crossings,
     * blaming a shortage of crew").
     *
     * @param tagged what the tagger's labels give for the paragraph
     * @param rules  the rules' reports whose cue lies in the paragraph
     */
    static List<ReportedSpeech> withDistantSources(DocumentView doc, List<ReportedSpeech> tagged,
                                                   List<ReportedSpeech> rules) {
        List<ReportedSpeech> out = new ArrayList<>(tagged.size());
        for (ReportedSpeech t : tagged) {
            Optional<SpeakerPhrase> source = t.source().isPresent() ? Optional.empty() : rules.stream()
                    .filter(r -> t.cue().contains(doc.token(r.cueToken()).span())).flatMap(r -> r.source().stream())
                    .filter(p -> (beforeAnAside(doc, p, t.cueToken()) || afterAConjunction(doc, p, t.cueToken()))
                            && doc.canSpeak(p.head()))
                    .filter(p -> t.content().stream().noneMatch(c -> c.overlaps(doc.span(p.first(), p.end()))))
                    .findFirst().map(p -> whoAlone(doc, p)).or(() -> subjectOfVerb(doc, t));
            out.add(source.map(t::withSource).orElse(t));
        }
        return out;
    }

    /**
     * The tagger's reports whose source stands in the clause before ", but" or ", and" while the cue has a subject of
     * its own after the conjunction ("The association welcomed the plan, but its president, Ann Lee, cautioned that
     * ...": the tagger labelled only the association, and the cue took it as the nearest source in the sentence):
     * that subject, when it can speak ({@link DocumentView#canSpeak}), is the source.
     */
    static List<ReportedSpeech> withOwnSubjects(DocumentView doc, List<ReportedSpeech> tagged) {
        List<ReportedSpeech> out = new ArrayList<>(tagged.size());
        for (ReportedSpeech t : tagged) {
            int verb = t.cueToken();
            Optional<SpeakerPhrase> own = t.source().filter(p -> p.end() <= verb)
                    .flatMap(p -> Phrases.subjectOf(doc, verb, doc.token(verb).sentenceIndex())
                            .filter(s -> s.first() > p.end() && s.end() <= verb && conjoined(doc, p.end(), s.first())))
                    .filter(s -> doc.canSpeak(s.head()))
                    .filter(s -> t.content().stream().noneMatch(c -> c.overlaps(doc.span(s.first(), s.end()))));
            out.add(own.map(t::withSource).orElse(t));
        }
        return out;
    }

    /**
     * Whether a comma and "but" or "and" stand right before token {@code subject}, after a clause with a finite verb
     * of its own from token {@code from} on, outside a relative clause: two clauses, not a list of names ("Ann Lee,
     * who chairs the board, and Tom Berg said").
     */
    private static boolean conjoined(DocumentView doc, int from, int subject) {
        int conjunction = subject - 1;
        if (conjunction - 1 < from || !doc.lower(conjunction - 1).equals(",")
                || !(doc.lower(conjunction).equals("but") || doc.lower(conjunction).equals("and"))) {
            return false;
        }
        for (int k = from; k < conjunction - 1; k++) {
            if (doc.token(k).pos().startsWith("W")) {
                return false;
            }
        }
        return doc.holdsFiniteVerb(from, conjunction - 1);
    }

    /**
     * The tagger's reports whose cue is "as saying" after "quoted" or "cited" ("Ann Lee was quoted by the Courier as
     * saying that ..."), with the subject of "quoted" as their source: the tagger may take the newspaper that quoted
     * her, which stands nearer the cue. Within {@value #MAX_QUOTED_BY} tokens before "as".
     */
    static List<ReportedSpeech> withQuotedSubjects(DocumentView doc, List<ReportedSpeech> tagged) {
        List<ReportedSpeech> out = new ArrayList<>(tagged.size());
        for (ReportedSpeech t : tagged) {
            int as = doc.firstTokenAtOrAfter(t.cue().start());
            int sentence = doc.token(t.cueToken()).sentenceIndex();
            int first = doc.sentenceFirst(sentence);
            Optional<SpeakerPhrase> subject = Optional.empty();
            if (as > first && doc.lower(as).equals("as") && as + 1 < doc.tokenCount()
                    && doc.token(as + 1).pos().equals("VBG")) {
                for (int k = as - 1; k >= Math.max(first, as - MAX_QUOTED_BY); k--) {
                    if (QUOTING_VERBS.contains(doc.lower(k)) && doc.token(k).pos().equals("VBN")) {
                        int quoted = k;
                        subject = Phrases.subjectOf(doc, quoted, sentence).filter(p -> p.end() <= quoted)
                                .filter(p -> canBeSource(doc, p));
                        break;
                    }
                }
            }
            out.add(subject.map(t::withSource).orElse(t));
        }
        return out;
    }

    /**
     * The subject of a tagged report's cue when the cue is an active verb other than "be" and no participle after
     * "when" or "if" ({@link #bareParticiple}): the phrase before it, or the sentence's subject for a participle or a
     * verb after "and" ({@link Phrases#subjectOf}), also for a participle after a comma when the sentence's verb is
     * a finite "be" or "have" ("Chef Ann Lee is to close her restaurant, blaming ...";
     * {@link Phrases#subjectOfAnyVerb}), when it can speak or is a personal pronoun other than a reflexive, and the
     * content does not cover it; without the day it ends in and the dateline it opens with ({@link #whoAlone}).
     */
    private static Optional<SpeakerPhrase> subjectOfVerb(DocumentView doc, ReportedSpeech t) {
        int verb = t.cueToken();
        Token first = doc.token(verb);
        if (!first.pos().startsWith("VB") || first.lemma().equals("be") || passiveWithin(doc, t.cue(), verb)
                || bareParticiple(doc, verb)) {
            return Optional.empty();
        }
        boolean participle = first.pos().equals("VBG") && verb > 0 && doc.lower(verb - 1).equals(",");
        return Phrases.subjectOf(doc, verb, first.sentenceIndex())
                .or(() -> participle ? Phrases.subjectOfAnyVerb(doc, first.sentenceIndex()) : Optional.empty())
                .filter(p -> p.end() <= verb)
                .filter(p -> canBeSource(doc, p))
                .filter(p -> t.content().stream().noneMatch(c -> c.overlaps(doc.span(p.first(), p.end()))))
                .map(p -> whoAlone(doc, p));
    }

    /** A subject as a source: without the day it ends in ({@link #withoutDay}) and the dateline it opens with. */
    private static SpeakerPhrase whoAlone(DocumentView doc, SpeakerPhrase p) {
        return afterDateline(doc, withoutDay(doc, p));
    }

    /** Whether a verb's subject can be a report's source: it can speak, or is a personal pronoun but a reflexive. */
    private static boolean canBeSource(DocumentView doc, SpeakerPhrase p) {
        return doc.canSpeak(p.head()) || Phrases.isPersonalPronoun(doc.token(p.head()))
                && !doc.lower(p.head()).endsWith("self") && !doc.lower(p.head()).endsWith("selves");
    }

    /**
     * Whether the cue's verb is a past participle right after a word that opens a clause of time or condition
     * ("Ferreira, when asked how ...", "if pressed"): passive, so the sentence's subject was asked or pressed and
     * did not speak.
     */
    private static boolean bareParticiple(DocumentView doc, int verb) {
        return doc.token(verb).pos().equals("VBN") && verb > 0
                && PARTICIPLE_OPENERS.contains(doc.lower(verb - 1));
    }

    /** Whether a token of the cue from {@code first} on is a past participle in the passive ("has been endorsed"). */
    private static boolean passiveWithin(DocumentView doc, Span cue, int first) {
        for (int k = first; k < doc.tokenCount() && doc.token(k).span().end() <= cue.end(); k++) {
            if (doc.isPassive(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue follows "and" or "but" (over adverbs and auxiliaries) after the source phrase: the cue's verb
     * shares the subject of the sentence's first verb ("The bank held rates but signalled that ...").
     */
    private static boolean afterAConjunction(DocumentView doc, SpeakerPhrase source, int cue) {
        int k = cue - 1;
        while (k > source.end() && Phrases.isAuxiliaryOrAdverb(doc.token(k))) {
            k--;
        }
        return k > source.end() && doc.token(k).pos().equals("CC");
    }

    /** Whether a clause set off by commas stands between the source phrase and the cue. */
    private static boolean beforeAnAside(DocumentView doc, SpeakerPhrase source, int cue) {
        return source.end() < cue - 1 && doc.token(source.end()).word().equals(",")
                && doc.token(cue - 1).word().equals(",");
    }

    /** Marks the paragraph's tokens inside the span. */
    private static void mark(DocumentView doc, TaggerSequence sequence, boolean[] tokens, Span span) {
        for (int k = Math.max(sequence.first(), doc.firstTokenAtOrAfter(span.start()));
             k >= 0 && k < sequence.end() && doc.token(k).span().start() < span.end(); k++) {
            tokens[k - sequence.first()] = true;
        }
    }

    /**
     * The tagger's reports with the clause before a source and a sure cue joined to the content after it, as the
     * rules read the sentence ("Pupils talked more at break time, he said, and behaviour had improved": the tagger
     * may give "said" only the clause after it, and read the clause before as a report of its own): when the rules'
     * report of the same cue has a piece on both sides, the tagger's content lies in the piece after, and the
     * tagger's reports that meet the piece before lie inside it whole.
     *
     * @param rules the rules' reports whose cue lies in the paragraph
     */
    static List<ReportedSpeech> withClauseBeforeSource(DocumentView doc, TaggerSequence sequence,
                                                       List<ReportedSpeech> tagged, List<ReportedSpeech> rules) {
        List<ReportedSpeech> out = new ArrayList<>(tagged.size());
        for (ReportedSpeech t : tagged) {
            out.add(rules.stream().filter(r -> r.cueToken() == t.cueToken()
                            && r.rule() == AttributionRule.REPORTED_AROUND_CUE && r.content().size() == 2
                            && t.content().stream().allMatch(p -> p.start() >= r.cue().end()
                                    && p.overlaps(r.content().get(1)))
                            && opensWithConjunction(doc, t.content().get(0))
                            && holdsAFiniteVerb(doc, r.content().get(0))
                            && ReportedSpeechFinder.weight(doc, r.cueToken(), sequence.end()) >= SURE_CUE_SHARE
                            && nestsEveryReportItMeets(r.withContent(r.content().subList(0, 1)), tagged))
                    .findFirst()
                    .map(r -> new ReportedSpeech(concat(r.content().get(0), t.content()), t.source().or(r::source),
                            t.cue(), t.cueToken(), AttributionRule.REPORTED_AROUND_CUE, t.confidence()))
                    .orElse(t));
        }
        return out;
    }

    /** Whether the span's first token is "and" or "but": a clause joined to the one before the source. */
    private static boolean opensWithConjunction(DocumentView doc, Span span) {
        int k = doc.firstTokenAtOrAfter(span.start());
        return k >= 0 && (doc.lower(k).equals("and") || doc.lower(k).equals("but"));
    }

    private static List<Span> concat(Span first, List<Span> rest) {
        List<Span> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /**
     * Whether every tagged report that meets the rules' report lies inside its content, cue and all: a report the
     * clause before the cue holds ("Most members backed the deal, the union said").
     */
    private static boolean nestsEveryReportItMeets(ReportedSpeech rule, List<ReportedSpeech> tagged) {
        return tagged.stream().filter(t -> t.content().stream().anyMatch(p -> overlapsAny(p, rule.content()))
                        || overlapsAny(t.cue(), rule.content()))
                .allMatch(t -> containedInAny(t.cue(), rule.content())
                        && t.content().stream().allMatch(p -> containedInAny(p, rule.content())));
    }

    private static boolean overlapsAny(Span span, List<Span> pieces) {
        return pieces.stream().anyMatch(span::overlaps);
    }

    private static boolean containedInAny(Span span, List<Span> pieces) {
        return pieces.stream().anyMatch(p -> p.contains(span));
    }

    /**
     * The tagger's reports without those that lie inside the content of an outer report, cue and all, and took its
     * source as their own ("The fossil, found in a quarry, is the oldest yet, the team wrote": "found" is no cue of
     * the team's; "wrote" is).
     *
     * @param outer the reports that may hold others: those {@link #rulesForBareCues} added and those
     *              {@link #withClauseBeforeSource} joined
     */
    static List<ReportedSpeech> withoutBorrowedSources(List<ReportedSpeech> tagged, List<ReportedSpeech> outer) {
        if (outer.isEmpty()) {
            return tagged;
        }
        return tagged.stream().filter(t -> outer.stream().noneMatch(r -> borrowsSource(t, r))).toList();
    }

    private static boolean borrowsSource(ReportedSpeech inner, ReportedSpeech outer) {
        if (inner.source().isEmpty() || outer.source().isEmpty() || !containedInAny(inner.cue(), outer.content())
                || !inner.content().stream().allMatch(p -> containedInAny(p, outer.content()))) {
            return false;
        }
        SpeakerPhrase a = inner.source().get();
        SpeakerPhrase b = outer.source().get();
        return a.first() < b.end() && b.first() < a.end();
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
        return r.content().stream().anyMatch(piece -> holdsAFiniteVerb(doc, piece));
    }

    private static boolean holdsAFiniteVerb(DocumentView doc, Span piece) {
        int first = doc.firstTokenAtOrAfter(piece.start());
        return first >= 0 && doc.holdsFiniteVerb(first, doc.lastTokenEndingBy(piece.end()) + 1);
    }

    /**
     * The labels with each source that is the subject of a clause opening its sentence before another source and
     * its cue ("Sales | fell in June, the company said": the tagger may read "Sales" as a source) made a content:
     * a source followed by a finite verb that is not its cue, with another source after the clause's comma and no
     * content after the cue.
     */
    static int[] withSubjectsAsContent(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (TaggedSpeech.Run r : TaggedSpeech.runs(sequence, labels, TaggerModel.SOURCE)) {
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
            out = relabeled(out, labels, sequence, r.first(), r.end(), TaggerModel.CONTENT);
        }
        return out;
    }

    /**
     * The labels with a content that opens its sentence and is only a noun phrase, right before a source set off by
     * commas and its cue, made the head of that source ("His lawyer | , Ann Lee , | said ...": the tagger may read
     * "His lawyer" as a content when the sentence before reported something). The phrase holds no finite verb and
     * at most {@value #MAX_APPOSITION_HEAD} tokens.
     */
    static int[] withAppositionHeadsAsSources(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (TaggedSpeech.Run r : TaggedSpeech.runs(sequence, labels, TaggerModel.CONTENT)) {
            int comma = r.end();
            if (!doc.opensSentence(r.first()) || r.end() - r.first() > MAX_APPOSITION_HEAD
                    || doc.holdsFiniteVerb(r.first(), r.end()) || comma + 1 >= sequence.end()
                    || !doc.token(comma).word().equals(",")
                    || labels[comma - sequence.first()] != TaggerModel.OUTSIDE
                    || TaggerModel.roleOf(labels[comma + 1 - sequence.first()]) != TaggerModel.SOURCE) {
                continue;
            }
            int k = comma + 1;
            while (k < sequence.end() && TaggerModel.roleOf(labels[k - sequence.first()]) == TaggerModel.SOURCE) {
                k++;
            }
            int sourceEnd = k;
            if (k < sequence.end() && doc.token(k).word().equals(",")
                    && labels[k - sequence.first()] == TaggerModel.OUTSIDE) {
                k++;
            }
            boolean setOff = doc.token(sourceEnd - 1).word().equals(",") || k > sourceEnd;
            if (!setOff || k >= sequence.end() || !TaggerModel.isCue(labels[k - sequence.first()])) {
                continue;
            }
            out = relabeled(out, labels, sequence, r.first(), sourceEnd, TaggerModel.SOURCE);
        }
        return out;
    }

    /**
     * The labels of a sentence whose subject holds a clause of its own without "who" or "that" ("Residents he spoke
     * to | say | the river has flooded ...", "The firm she founded said ...") made a source of the whole subject, a
     * cue of the reporting verb after it and a content of the rest of the sentence: the tagger reads the pronoun as
     * the source and the clause's verb as part of the cue. The subject opens the sentence with at most
     * {@value #MAX_APPOSITION_HEAD} tokens of a noun phrase ending in a common noun that can speak
     * ({@link DocumentView#isSpeakerNoun}: not "Last week he said"), then a personal pronoun, a finite verb, at most
     * {@value #MAX_CONTACT_TAIL} particles, prepositions or adverbs, and the reporting verb, finite (or in its base
     * form after them); what follows it holds a finite verb and nothing quoted.
     */
    static int[] withContactClauseSources(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (int k = sequence.first() + 1; k + 2 < sequence.end(); k++) {
            if (!CONTACT_PRONOUNS.contains(doc.lower(k)) || !doc.token(k).pos().equals("PRP")
                    || !doc.isSpeakerNoun(k - 1) || doc.token(k - 1).pos().startsWith("NNP")
                    || !doc.isFiniteVerb(k + 1)) {
                continue;
            }
            int sentence = doc.token(k).sentenceIndex();
            int first = doc.sentenceFirst(sentence);
            int end = Math.min(doc.sentenceEnd(sentence), sequence.end());
            if (first < sequence.first() || k - first > MAX_APPOSITION_HEAD || !nounPhrase(doc, first, k)) {
                continue;
            }
            int cue = k + 2;
            while (cue < end && cue - k - 2 < MAX_CONTACT_TAIL && CONTACT_TAIL.contains(doc.token(cue).pos())) {
                cue++;
            }
            // after "to" the part-of-speech tagger reads the reporting verb as a bare infinitive ("spoke to say")
            if (cue >= end || !doc.isCue(cue)
                    || !(doc.isFiniteVerb(cue) || cue > k + 2 && doc.token(cue).pos().equals("VB"))) {
                continue;
            }
            int from = cue + 1 < end && doc.lower(cue + 1).equals("that") ? cue + 2 : cue + 1;
            int to = end;
            while (to > from && doc.token(to - 1).isPunctuation()) {
                to--;
            }
            if (to <= from || doc.holdsQuote(from, to) || !doc.holdsFiniteVerb(from, to)) {
                continue;
            }
            out = relabeled(out, labels, sequence, first, cue, TaggerModel.SOURCE);
            out = relabeled(out, labels, sequence, cue, cue + 1, TaggerModel.CUE);
            for (int t = cue + 1; t < from; t++) {
                out[t - sequence.first()] = TaggerModel.OUTSIDE;
            }
            out = relabeled(out, labels, sequence, from, to, TaggerModel.CONTENT);
        }
        return out;
    }

    /** Whether tokens {@code [from, to)} are only determiners, numbers, adjectives, possessives and common nouns. */
    private static boolean nounPhrase(DocumentView doc, int from, int to) {
        for (int t = from; t < to; t++) {
            String pos = doc.token(t).pos();
            if (!(pos.equals("DT") || pos.equals("CD") || pos.equals("PRP$") || pos.startsWith("JJ")
                    || pos.equals("NN") || pos.equals("NNS")) || doc.isQuoted(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The labels with a content that opens its sentence and is only a noun phrase right before a cue whose content
     * follows it, made a source ("The company | did not say | how many ...": the tagger may read the subject as a
     * content when the sentence before ended in a report). The phrase holds no finite verb, no quotation and at most
     * {@value #MAX_APPOSITION_HEAD} tokens and ends in a noun, and the cue holds no "be" ("The plan was described as
     * ..." and "She has been asked to ..." tell of their subjects, not by them).
     */
    static int[] withSubjectsBeforeTheirCuesAsSources(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (TaggedSpeech.Run r : TaggedSpeech.runs(sequence, labels, TaggerModel.CONTENT)) {
            int cue = r.end();
            if (!doc.opensSentence(r.first()) || r.end() - r.first() > MAX_APPOSITION_HEAD
                    || doc.holdsFiniteVerb(r.first(), r.end()) || cue >= sequence.end()
                    || !doc.token(r.end() - 1).pos().startsWith("NN")
                    || TaggerModel.roleOf(labels[cue - sequence.first()]) != TaggerModel.CUE) {
                continue;
            }
            boolean quoted = doc.holdsQuote(r.first(), r.end());
            int cueEnd = cue;
            boolean passive = false;
            while (cueEnd < sequence.end()
                    && TaggerModel.roleOf(labels[cueEnd - sequence.first()]) == TaggerModel.CUE) {
                passive |= doc.token(cueEnd).lemma().equals("be");
                cueEnd++;
            }
            if (quoted || passive || cueEnd >= sequence.end()
                    || TaggerModel.roleOf(labels[cueEnd - sequence.first()]) != TaggerModel.CONTENT) {
                continue;
            }
            out = relabeled(out, labels, sequence, r.first(), r.end(), TaggerModel.SOURCE);
        }
        return out;
    }

    /**
     * A content run that the tagger starts after the name opening its sentence, at the apposition that describes it
     * ("Norvik | , the ferry operator, will cut 40 jobs", a run from "the ferry operator"): from the name on, when the
     * sentence opens with at most {@value #MAX_APPOSITION_HEAD} outside tokens of a noun phrase and a comma, and the
     * run holds a comma that a finite verb follows, so that the apposition ends inside it. Other runs come back as
     * they were.
     */
    static TaggedSpeech.Run withNameBeforeApposition(DocumentView doc, TaggerSequence sequence, int[] labels,
                                                     TaggedSpeech.Run r) {
        int first = doc.sentenceFirst(doc.token(r.first()).sentenceIndex());
        int comma = r.first() - 1;
        if (comma <= first || comma - first > MAX_APPOSITION_HEAD || first < sequence.first()
                || !doc.token(comma).word().equals(",") || !doc.token(comma - 1).pos().startsWith("NN")) {
            return r;
        }
        for (int k = first; k < comma; k++) {
            if (labels[k - sequence.first()] != TaggerModel.OUTSIDE || !(doc.token(k).pos().startsWith("NN")
                    || doc.token(k).pos().equals("DT") || doc.token(k).pos().equals("JJ")) || doc.isQuoted(k)) {
                return r;
            }
        }
        for (int k = r.first() + 1; k + 1 < r.end(); k++) {
            if (doc.token(k).word().equals(",") && doc.isFiniteVerb(k + 1)) {
                return new TaggedSpeech.Run(first, r.end());
            }
            if (doc.isFiniteVerb(k)) {
                return r;
            }
        }
        return r;
    }

    /**
     * The labels with a content that the tagger starts right after "according to" made its source, when the content
     * there is a phrase of at most {@value #MAX_CITED} tokens that holds no finite verb and ends at a comma or the
     * sentence's end ("..., according to new figures from the trade body, a milestone that ..."): who is cited
     * follows "according to", what they say does not. The tagger may read such a phrase as content when a clause
     * after it has a source of its own.
     */
    static int[] withAccordingToSources(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (TaggedSpeech.Run r : TaggedSpeech.runs(sequence, labels, TaggerModel.CONTENT)) {
            int to = r.first() - 1;
            if (to - 1 < sequence.first() || !doc.lower(to).equals("to") || !doc.lower(to - 1).equals("according")
                    || !TaggerModel.isCue(labels[to - sequence.first()]) || !endsAtACommaOrTheEnd(doc, r)
                    || doc.holdsFiniteVerb(r.first(), r.end()) || r.end() - r.first() > MAX_CITED) {
                continue;
            }
            out = relabeled(out, labels, sequence, r.first(), r.end(), TaggerModel.SOURCE);
        }
        return out;
    }

    /**
     * The labels with a content that the tagger starts right after an inverted cue at a clause's end made its source
     * ("The grant ends next year, said Joseph Mwangi."): after a comma and a finite verb that news writes before its
     * subject ({@link Lexicon#invertingVerbs}: not "told", whose object is the hearer, nor "citing"), a phrase that
     * can speak ({@link DocumentView#canSpeak}), with what a preposition joins to it ("of the Save the Elephants
     * Trust"), that holds no finite verb and ends at a comma or the sentence's end is who said the clause before; that
     * clause is the content when the tagger labelled none of it. The tagger may read a name it has never seen there
     * as content.
     */
    static int[] withInvertedSources(DocumentView doc, TaggerSequence sequence, int[] labels) {
        int[] out = labels;
        for (TaggedSpeech.Run r : TaggedSpeech.runs(sequence, labels, TaggerModel.CONTENT)) {
            int verb = r.first() - 1;
            if (verb - 1 < sequence.first() || !TaggerModel.isCue(labels[verb - sequence.first()])
                    || !doc.lower(verb - 1).equals(",") || !doc.isFiniteVerb(verb)
                    || !doc.lexicon().invertingVerbs().contains(doc.token(verb).lemma())) {
                continue;
            }
            int end = doc.sentenceEnd(doc.token(r.first()).sentenceIndex());
            Optional<SpeakerPhrase> who = Phrases.startingAt(doc, r.first(), end);
            boolean whole = who.isPresent() && (who.get().end() >= r.end() || Phrases.isLink(doc, who.get().end()));
            if (endsAtACommaOrTheEnd(doc, r) && whole && doc.canSpeak(who.get().head())
                    && !doc.holdsFiniteVerb(r.first(), r.end())) {
                out = relabeled(out, labels, sequence, r.first(), r.end(), TaggerModel.SOURCE);
                int clause = Math.max(sequence.first(), doc.sentenceFirst(doc.token(verb).sentenceIndex()));
                if (verb - 1 > clause && allOutside(sequence, labels, clause, verb - 1)) {
                    // the clause before the comma, which the tagger left unlabelled, is what was said
                    out = relabeled(out, labels, sequence, clause, verb - 1, TaggerModel.CONTENT);
                }
            }
        }
        return out;
    }

    /** Whether a run ends at a comma, at its sentence's end, or right before the stop that ends the sentence. */
    private static boolean endsAtACommaOrTheEnd(DocumentView doc, TaggedSpeech.Run r) {
        int end = doc.sentenceEnd(doc.token(r.first()).sentenceIndex());
        return r.end() >= end || doc.token(r.end()).word().equals(",")
                || doc.token(r.end()).isPunctuation() && r.end() + 1 >= end;
    }

    /** Whether the tagger labelled none of tokens {@code [from, to)} of the document. */
    private static boolean allOutside(TaggerSequence sequence, int[] labels, int from, int to) {
        for (int k = from; k < to; k++) {
            if (labels[k - sequence.first()] != TaggerModel.OUTSIDE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The paragraph's labels with tokens {@code [from, to)} of the document labelled as one run of a role (its first
     * label, inside, end, or unit for a run of one token): {@code out} itself when it is already a copy of the
     * tagger's {@code labels}, else a copy.
     */
    private static int[] relabeled(int[] out, int[] labels, TaggerSequence sequence, int from, int to, int role) {
        int[] copy = out == labels ? labels.clone() : out;
        int first = from - sequence.first();
        int last = to - 1 - sequence.first();
        for (int t = first; t <= last; t++) {
            copy[t] = first == last ? TaggerModel.unitOf(role) : t == first ? role
                    : t == last ? TaggerModel.endOf(role) : role + 1;
        }
        return copy;
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
    static int cueAfterOpeningClause(DocumentView doc, TaggerSequence sequence, int[] labels, TaggedSpeech.Run run,
                                     int stop, boolean sourceBetween) {
        if (!doc.opensSentence(run.first())) {
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
     * A source run that the tagger starts at the object of a preposition, when all before it in the sentence is the
     * noun phrase that the preposition hangs on: the sentence's subject, from its first word ("Passengers on a flight
     * from Leeds to Rome | have described ...", where the tagger marks only "Rome"). The run opens with a proper
     * noun after {@link #PLACE_PREPOSITIONS}; the words before open with a noun and hold no comma, no quote and no
     * verb but a participle after a determiner ("a delayed flight"). Other runs come back as they were.
     */
    static TaggedSpeech.Run fromSubject(DocumentView doc, TaggedSpeech.Run r) {
        int first = doc.sentenceFirst(doc.token(r.first()).sentenceIndex());
        if (r.first() <= first || !PLACE_PREPOSITIONS.contains(doc.lower(r.first() - 1))
                || !doc.token(r.first()).isProperNoun() || !doc.token(first).pos().startsWith("NN")) {
            return r;
        }
        for (int k = first; k < r.first(); k++) {
            Token t = doc.token(k);
            boolean participle = k > first && doc.token(k - 1).pos().equals("DT") && t.pos().equals("VBN");
            if (t.isVerb() && !participle || t.pos().equals("MD") || t.word().equals(",") || doc.isQuoted(k)) {
                return r;
            }
        }
        return new TaggedSpeech.Run(first, r.end());
    }

    /**
     * A source run that the tagger finds inside a relative clause set off by commas on the sentence's subject, the
     * cue its main verb after the closing comma ("Local shops, which are not covered by the rule, fear that ...",
     * where the tagger marks "the rule"): the subject the clause tells of, from the sentence's first word to the
     * comma before the relative pronoun, holding no finite verb and ending in a word that can name who speaks ({@link
     * DocumentView#canSpeak}: "The plan, which is the work of Ann Lee, ..." keeps the tagger's run). The clause runs
     * without a comma up to the run, and a comma ends the run or follows it. Other runs come back as they were.
     */
    static TaggedSpeech.Run fromRelativeClause(DocumentView doc, TaggedSpeech.Run r) {
        int first = doc.sentenceFirst(doc.token(r.first()).sentenceIndex());
        int closing = doc.token(r.end() - 1).word().equals(",") ? r.end() - 1 : r.end();
        if (closing >= doc.tokenCount() || !doc.token(closing).word().equals(",")) {
            return r;
        }
        int k = r.first() - 1;
        while (k > first + 1 && !doc.token(k).word().equals(",") && !Phrases.isRelativePronoun(doc.token(k))) {
            k--;
        }
        if (k <= first + 1 || !Phrases.opensRelativeClause(doc, k + 1) || doc.holdsFiniteVerb(first, k - 1)
                || !doc.canSpeak(k - 2)) {
            return r;
        }
        return new TaggedSpeech.Run(first, k - 1);
    }

    /**
     * A source run that the tagger carries over the verb of its own clause into the object ("Senators from both
     * parties | pressed the minister on Tuesday, demanding ...", a run up to "the minister"): the words before that
     * finite verb, when they end in a noun. A run with a relative word, "that" or a quotation mark before the verb
     * ("Those who said ...") comes back as it was, and so does one that opens with its verb.
     */
    static TaggedSpeech.Run beforeItsVerb(DocumentView doc, TaggedSpeech.Run r) {
        for (int k = r.first(); k < r.end(); k++) {
            Token t = doc.token(k);
            if (Phrases.isRelativePronoun(t) || t.pos().equals("IN") && doc.lower(k).equals("that")
                    || doc.isQuoted(k)) {
                return r;
            }
            if (t.isFiniteVerb()) {
                boolean cut = k > r.first() && doc.token(k - 1).pos().startsWith("NN")
                        && takesAnObject(doc, k, r.end());
                return cut ? new TaggedSpeech.Run(r.first(), k) : r;
            }
        }
        return r;
    }

    /**
     * Whether token {@code verb} is a lowercase finite verb other than a modal whose object follows within the run:
     * a noun phrase that names no time ("pressed the minister", not "released this week", which the part-of-speech
     * tagger reads as a past tense where it is a participle).
     */
    private static boolean takesAnObject(DocumentView doc, int verb, int end) {
        Token t = doc.token(verb);
        if (t.pos().equals("MD") || !t.word().equals(doc.lower(verb)) || verb + 1 >= end) {
            return false;
        }
        int next = verb + 1;
        String tag = doc.token(next).pos();
        if (tag.equals("DT") && next + 1 < end) {
            next++;
            tag = doc.token(next).pos();
        }
        return (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("PRP$") || tag.equals("CD"))
                && !doc.lexicon().timeWords().contains(doc.lower(next));
    }

    /**
     * A source run that the tagger opens at the object of a preposition and carries over a comma to the subject or
     * the name after it ("Speaking at a forum run by the union, Ann Lee said ...", a run from "the union"; "A
     * member of the board, Ann Lee, said ..."; "In a letter signed by its chair, Ann Lee, the board said ..."): the
     * words after the last comma inside the run, when they hold a noun or a pronoun and open with neither a verb nor
     * a relative word ("A survey by the institute, published in May, found ..." keeps its run), and a verb follows
     * the run. The words before the run hold no finite verb and no comma; "according to" opens no such phrase. Other
     * runs come back as they were.
     */
    static TaggedSpeech.Run afterPrepositionalObject(DocumentView doc, TaggedSpeech.Run r) {
        int first = doc.sentenceFirst(doc.token(r.first()).sentenceIndex());
        int preposition = r.first() - 1;
        if (preposition <= first || !doc.token(preposition).pos().equals("IN") || doc.lower(preposition)
                .equals("that") || doc.lower(preposition - 1).equals("according") || r.end() >= doc.tokenCount()
                || !doc.token(r.end()).isVerb() || doc.holdsFiniteVerb(first, r.first())) {
            return r;
        }
        for (int k = first; k < r.first(); k++) {
            if (doc.token(k).word().equals(",")) {
                return r;
            }
        }
        int end = doc.token(r.end() - 1).word().equals(",") ? r.end() - 1 : r.end();
        for (int comma = end - 2; comma > r.first(); comma--) {
            if (doc.token(comma).word().equals(",")) {
                Token next = doc.token(comma + 1);
                boolean named = false;
                for (int k = comma + 1; k < end; k++) {
                    named |= doc.token(k).pos().startsWith("NN") || doc.token(k).pos().equals("PRP");
                }
                return named && !next.isVerb() && !Phrases.isRelativePronoun(next)
                        ? new TaggedSpeech.Run(comma + 1, r.end()) : r;
            }
        }
        return r;
    }

    /**
     * The source runs without those that are the agent of a participle telling of the source run right before it
     * ("Economists | polled by | the agency | expect ...", where the tagger marks both): "by" and a past participle
     * stand between the two runs, and the verb after speaks for the first, not for the agent.
     */
    static List<TaggedSpeech.Run> withoutParticipleAgents(DocumentView doc, List<TaggedSpeech.Run> sources) {
        List<TaggedSpeech.Run> out = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            TaggedSpeech.Run r = sources.get(i);
            int by = r.first() - 1;
            boolean agent = i > 0 && by >= 1 && doc.lower(by).equals("by") && doc.token(by - 1).pos().equals("VBN")
                    && sources.get(i - 1).end() == by - 1
                    && doc.token(by - 1).sentenceIndex() == doc.token(r.first()).sentenceIndex();
            if (!agent) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A source run that is only the reflexive pronoun that stresses the noun phrase before it ("Silvetti | himself |
     * appeared to ...", "the mayor | herself | told ..."): that noun phrase, as {@link Phrases#endingAt} finds it,
     * which names who spoke. Other runs come back as they were.
     */
    static TaggedSpeech.Run fromStressedNoun(DocumentView doc, TaggedSpeech.Run r) {
        if (r.end() - r.first() != 1 || !REFLEXIVES.contains(doc.lower(r.first()))) {
            return r;
        }
        int first = doc.sentenceFirst(doc.token(r.first()).sentenceIndex());
        return Phrases.endingAt(doc, r.first() - 1, first).filter(p -> doc.token(p.head()).isNoun())
                .map(p -> new TaggedSpeech.Run(p.first(), p.end())).orElse(r);
    }

    /**
     * A source run without the day it ends in ("The city's police chief on Friday defended ..."): "on" and a day or
     * another time word after a word that is no verb are when the source spoke, not who it is ("a survey released on
     * Thursday" keeps its day). Other runs come back as they were.
     */
    static TaggedSpeech.Run withoutDay(DocumentView doc, TaggedSpeech.Run r) {
        return endsInADay(doc, r.first(), r.end()) ? new TaggedSpeech.Run(r.first(), r.end() - 2) : r;
    }

    /** The phrase without the day it ends in, as {@link #withoutDay(DocumentView, TaggedSpeech.Run)}. */
    private static SpeakerPhrase withoutDay(DocumentView doc, SpeakerPhrase p) {
        boolean trim = endsInADay(doc, p.first(), p.end()) && p.head() < p.end() - 2 && !p.hasApposition();
        return trim ? new SpeakerPhrase(p.first(), p.end() - 2, p.head()) : p;
    }

    private static boolean endsInADay(DocumentView doc, int first, int end) {
        int on = end - 2;
        return on > first && doc.lower(on).equals("on") && doc.lexicon().timeWords().contains(doc.lower(on + 1))
                && !doc.token(on - 1).isVerb();
    }

    /**
     * Whether the run names only a time ("the company said yesterday", "announced late on Tuesday night"): time
     * words (the lexicon's days, months and times of day, or a date or time by the entity tagger) with at most
     * numbers, prepositions, determiners, adjectives, adverbs and stops around them. When something was said, not
     * what (one content of PolNeAR train's 19,832 is a bare date).
     */
    static boolean onlyATime(DocumentView doc, TaggedSpeech.Run r) {
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
     * Whether the cue is a past participle that opens its sentence, alone or after a subordinator ("Asked whether
     * ..., Reyes said no", "When pressed on ..., she said"): who answers is named after it, and who asked is not.
     * Such a cue has no source.
     */
    static boolean opensAsParticiple(DocumentView doc, TaggedSpeech.Run cue) {
        int first = cue.first();
        if (!doc.token(first).pos().equals("VBN")) {
            return false;
        }
        return first == participleOpening(doc, doc.token(first).sentenceIndex());
    }

    /**
     * Where a participle that opens a sentence stands: its first token, or the next after a subordinator ("When
     * asked ...").
     */
    private static int participleOpening(DocumentView doc, int sentence) {
        int first = doc.sentenceFirst(sentence);
        return BEFORE_PARTICIPLE.contains(doc.lower(first)) ? first + 1 : first;
    }

    /**
     * Whether a content before its cue lies in the participle clause that opens the sentence ("Asked by the host
     * whether she would run, Lee said she would not"): the question is the asker's, not what the cue's source says.
     * The participle opens the sentence alone or after a subordinator, and the content ends before the comma that
     * closes the clause, with the cue after it.
     */
    static boolean insideOpeningParticiple(DocumentView doc, TaggedSpeech.Run content, TaggedSpeech.Run cue) {
        int participle = participleOpening(doc, doc.token(content.first()).sentenceIndex());
        if (content.end() > cue.first() || participle >= content.first()
                || !doc.token(participle).pos().equals("VBN")) {
            return false;
        }
        for (int k = participle + 1; k < cue.first(); k++) {
            if (doc.token(k).word().equals(",")) {
                return k >= content.end();
            }
        }
        return false;
    }

    /**
     * Whether a content before its cue lies in a relative clause set off by commas on the sentence's subject, the cue
     * its main verb ("The officials, who asked not to be named because the plan is not yet public, said ..."): what
     * the clause says of the subject is no part of what the subject reports. The clause opens with a relative pronoun
     * ("who", "which", as the part-of-speech tagger reads them) after a comma with no finite verb before it in the
     * sentence, runs without a comma up to the content, and closes with the comma right before the cue.
     */
    static boolean insideSubjectRelativeClause(DocumentView doc, TaggedSpeech.Run content, TaggedSpeech.Run cue) {
        if (content.end() + 1 != cue.first() || !doc.token(content.end()).word().equals(",")) {
            return false;
        }
        int first = doc.sentenceFirst(doc.token(content.first()).sentenceIndex());
        int k = content.first() - 1;
        while (k > first && !doc.token(k).word().equals(",") && !Phrases.isRelativePronoun(doc.token(k))) {
            k--;
        }
        if (k <= first || !Phrases.isRelativePronoun(doc.token(k)) || !doc.token(k - 1).word().equals(",")) {
            return false;
        }
        return !doc.holdsFiniteVerb(first, k - 1);
    }

    /**
     * Whether a content before its cue stands before the relative pronoun that is the cue's subject ("The plan was
     * welcomed by Ann Lee, a baker who has long said that ..."): the relative clause tells what its antecedent says,
     * and what comes before the clause is the writer's sentence about that antecedent. Auxiliaries and adverbs may
     * stand between the pronoun and the cue ("who has long said").
     */
    static boolean beforeRelativeSubject(DocumentView doc, TaggedSpeech.Run content, TaggedSpeech.Run cue) {
        int pronoun = beforeVerbGroup(doc, content.end(), cue.first());
        return pronoun >= content.end() && Phrases.isRelativePronoun(doc.token(pronoun));
    }

    /**
     * Looking back from a cue, the last token before it that is no verb, modal or adverb ("who <b>has long</b>
     * said"), not before {@code from}; {@code from - 1} when every token between is one.
     */
    static int beforeVerbGroup(DocumentView doc, int from, int cue) {
        int k = cue - 1;
        while (k >= from && (doc.token(k).pos().startsWith("VB") || doc.token(k).pos().equals("MD")
                || doc.token(k).pos().startsWith("RB"))) {
            k--;
        }
        return k;
    }

    /**
     * Whether a content before its cue is the sentence's main clause and the cue a participle after the comma that
     * ends it ("The ferry company cancelled the crossings, blaming a shortage of crew"): the clause tells what the
     * participle's subject did, not what it says. The content opens the sentence, holds a finite verb and ends right
     * before that comma; "according to" is no such participle.
     */
    static boolean mainClauseBeforeParticiple(DocumentView doc, TaggedSpeech.Run content, TaggedSpeech.Run cue) {
        int comma = cue.first() - 1;
        if (content.end() != comma || !doc.token(cue.first()).pos().equals("VBG")
                || doc.lower(cue.first()).equals("according") || !doc.token(comma).word().equals(",")
                || !doc.opensSentence(content.first())) {
            return false;
        }
        return doc.holdsFiniteVerb(content.first(), content.end());
    }

    /**
     * Whether a content before its cue is the sentence's subject set off from the cue by an adverb between commas
     * ("Critics, however, questioned the cost"): a noun phrase that opens the sentence, holds no verb, ends in a word
     * that can name who speaks ({@link DocumentView#canSpeak}) and is followed by a comma, adverbs and a comma
     * right before the cue, a cue other than one whose subject is what is reported ("Voters, however, seem ...",
     * {@link Lexicon#subjectCues()}). It is the report's source, not what is reported.
     */
    static boolean subjectBeforeAnAdverbAside(DocumentView doc, TaggedSpeech.Run content, TaggedSpeech.Run cue) {
        int first = content.first();
        int last = content.end() - 1;
        if (!doc.opensSentence(first) || content.end() + 2 >= cue.first()
                || !doc.token(content.end()).word().equals(",") || !doc.token(cue.first() - 1).word().equals(",")
                || !doc.canSpeak(last) || !doc.token(last).isNoun()
                || doc.lexicon().subjectCues().containsKey(doc.cueSpelledLemma(cue.first()))) {
            return false;
        }
        for (int k = content.end() + 1; k < cue.first() - 1; k++) {
            if (!doc.token(k).pos().startsWith("RB")) {
                return false;
            }
        }
        for (int k = first; k <= last; k++) {
            if (doc.token(k).isVerb() || doc.isQuoted(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a content after its cue is a clause the writer adds after a comma and a subordinating conjunction
     * ("..., people familiar with the matter said, as the lender tries to ..."), or the reason the writer gives for
     * how the source spoke, after a comma and a participle of speaking ("..., the people said, speaking on condition
     * of anonymity because the talks are private"; {@link #MANNER_PARTICIPLES}): not what the source said.
     */
    static boolean subordinateAfterCue(DocumentView doc, TaggedSpeech.Run cue, TaggedSpeech.Run content) {
        int comma = cue.end();
        int conjunction = comma + 1;
        if (conjunction >= doc.tokens().size() || !doc.lower(comma).equals(",")) {
            return false;
        }
        if (ReportedSpeechFinder.SUBORDINATORS.contains(doc.lower(conjunction))) {
            return content.first() == conjunction || content.first() == conjunction + 1;
        }
        return doc.token(conjunction).pos().equals("VBG")
                && MANNER_PARTICIPLES.contains(doc.token(conjunction).lemma().toLowerCase(Locale.ROOT))
                && reasonWithin(doc, conjunction + 1, content.first());
    }

    /**
     * Whether the content at {@code start} opens with a word that gives a reason ("because", "as", "since"), or
     * follows one, with no comma or other stop between {@code from} and it.
     */
    private static boolean reasonWithin(DocumentView doc, int from, int start) {
        for (int k = from; k < start; k++) {
            if (doc.token(k).isPunctuation() || doc.isQuoted(k)) {
                return false;
            }
        }
        return start < doc.tokens().size() && (REASONS.contains(doc.lower(start))
                || start > from && REASONS.contains(doc.lower(start - 1)));
    }

    /**
     * A source or content run without the dateline or time stamp it opens with at the paragraph's start ("LYNTON —
     * Parents at the village school say ...", "10:42 - The coastguard said ..."; {@link Datelines}): the run starts
     * after it. Any other run as it is.
     */
    static TaggedSpeech.Run afterDateline(DocumentView doc, TaggerSequence sequence, TaggedSpeech.Run run) {
        if (run.first() != sequence.first()) {
            return run;
        }
        int start = Datelines.end(doc, run.first(), run.end());
        return start < 0 ? run : new TaggedSpeech.Run(start, run.end());
    }

    /**
     * A phrase without the dateline it opens with when it opens its paragraph, as {@link #afterDateline} cuts a
     * run: the subject the rules find for "ABUJA — State governors rejected ..." is the governors.
     */
    private static SpeakerPhrase afterDateline(DocumentView doc, SpeakerPhrase p) {
        int sentence = doc.token(p.first()).sentenceIndex();
        if (!doc.opensParagraph(sentence) || doc.sentenceFirst(sentence) != p.first()) {
            return p;
        }
        int start = Datelines.end(doc, p.first(), p.end());
        return start < 0 || start > p.head() || p.hasApposition() ? p : new SpeakerPhrase(start, p.end(), p.head());
    }

    /**
     * A content the tagger starts at the hearer of "tell" ("has told a public inquiry that she warned ..."): it
     * starts at the "that" after the hearer, a phrase of at most {@value #MAX_HEARER} tokens without a verb,
     * punctuation or a quotation; else the run as it was.
     */
    static TaggedSpeech.Run withoutHearer(DocumentView doc, TaggerSequence sequence, int[] labels,
                                          TaggedSpeech.Run run) {
        int before = run.first() - 1;
        if (before < sequence.first() || !TaggerModel.isCue(labels[before - sequence.first()])
                || !doc.token(before).lemma().equalsIgnoreCase("tell")) {
            return run;
        }
        for (int k = run.first(); k < run.end() - 1 && k - run.first() <= MAX_HEARER; k++) {
            Token t = doc.token(k);
            if (t.isVerb() || t.isPunctuation() || doc.isQuoted(k)) {
                return run;
            }
            if (k > run.first() && doc.lower(k).equals("that")) {
                return new TaggedSpeech.Run(k, run.end());
            }
        }
        return run;
    }

    /**
     * Whether the cue is the colon of a dateline that opens the paragraph ("PUNE: The police said ...", as many
     * papers set the place of the report): a place in capitals before it, and nothing else. The place is read as a
     * location by the entity tagger (and none as a person), or, in the paragraph after the headline (where a dateline
     * stands; a column's name before a headline's colon is no place), opens with a word in capitals and opens no
     * other paragraph: a speaker's label in a transcript ("HOLM: We agree") comes back. In that paragraph a place
     * written in small letters is a dateline too, when the entity tagger reads every word before the colon as a
     * location ("New Delhi: The ministry said ...").
     */
    static boolean isDateline(DocumentView doc, TaggerSequence sequence, TaggedSpeech.Run cue) {
        if (cue.end() - cue.first() != 1 || !doc.token(cue.first()).word().equals(":")
                || cue.first() == sequence.first()) {
            return false;
        }
        boolean capitals = true;
        boolean place = false;
        boolean onlyPlace = true;
        boolean person = false;
        for (int k = sequence.first(); k < cue.first(); k++) {
            Token t = doc.token(k);
            capitals &= t.word().equals(t.word().toUpperCase(Locale.ROOT));
            place |= t.ner().equals("LOCATION");
            onlyPlace &= t.ner().equals("LOCATION");
            person |= t.ner().equals("PERSON");
        }
        boolean opening = doc.paragraphOfSentence(doc.token(sequence.first()).sentenceIndex()) == DATELINE_PARAGRAPH;
        return capitals && (place && !person || opening && Datelines.inCapitals(doc.token(sequence.first()).word())
                && !TranscriptAnswers.labelsAnotherParagraph(doc, doc.token(sequence.first()).sentenceIndex(),
                        doc.span(sequence.first(), cue.first()).of(doc.text())))
                || opening && onlyPlace;
    }

    /**
     * The owner of a nominal cue that opens with a possessive ending, a noun and then "that" ("The minister's claim
     * that ..."), as the source of a report the tagger gave none: the noun phrase right before the ending.
     */
    static Optional<SpeakerPhrase> possessorOfNominalCue(DocumentView doc, TaggedSpeech.Run cue) {
        if (cue.first() == 0 || cue.end() - cue.first() != 2 || cue.end() >= doc.tokenCount()
                || !doc.token(cue.first()).pos().equals("POS") || !doc.token(cue.first() + 1).pos().startsWith("NN")
                || !doc.lower(cue.end()).equals("that")) {
            return Optional.empty();
        }
        int sentenceFirst = doc.sentenceFirst(doc.token(cue.first()).sentenceIndex());
        return Phrases.endingAt(doc, cue.first() - 1, sentenceFirst);
    }
}
