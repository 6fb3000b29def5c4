package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.model.SpeakerType;

/**
 * Gathers a document's attributed quotes and its reported speech into attributions, quotes and speakers.
 *
 * <p>Quotes that share a cue are one attribution ({@code "...," he said, "..."}); so are the paragraphs of one
 * quotation. Reported speech whose cue is a quote's cue joins that quote's attribution, and reported speech that
 * holds quotes takes them in ({@code She called the plan "a good start"}). The words around a quotation's cue are
 * its frame, not its content: neither a short title or scare quote there nor the words between two of its quotes.
 * The kind follows from how much of the content lies inside quotation marks: at least {@value #DIRECT_SHARE} of its
 * characters (blanks and marks aside) make it direct, some make it mixed, none indirect; a transcript's turn is
 * direct (see {@link TranscriptAnswers}). A source whose words cannot be resolved keeps its words and no speaker.
 *
 * <p>One instance per document; not thread-safe.
 */
final class AttributionAssembler {

    static final double DIRECT_SHARE = 0.9;
    /** A quote of at most this many words that a word leads into in the cue's sentence is a title or scare quote. */
    static final int MAX_FRAME_QUOTE_WORDS = 4;
    /** Quotation marks, straight, curly and angled, left out when the kind is measured. */
    private static final String QUOTE_MARKS = "\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a";

    /**
     * Pieces of one content further apart than this many words stay apart: an aside lies between them. On PolNeAR
     * train any limit from 4 words up gained as much exact content as no limit, and 4 lost the least overlap.
     */
    static final int MAX_JOINED_GAP_WORDS = 4;

    private final DocumentView doc;
    private final SpeakerResolver resolver;
    private final RelativeClauses relatives;

    AttributionAssembler(DocumentView doc, SpeakerResolver resolver) {
        this.doc = doc;
        this.resolver = resolver;
        this.relatives = new RelativeClauses(doc);
    }

    /**
     * @param quotes   the document's quotes with their attributions, in text order
     * @param reported its reported speech, in text order
     * @return the quotes, attributions and speakers of the article
     */
    QuotesAndSpeakers assemble(List<AttributedQuote> quotes, List<ReportedSpeech> reported) {
        List<Draft> drafts = new ArrayList<>();
        List<Draft> reportedDrafts = new ArrayList<>();
        Draft[] draftOf = new Draft[quotes.size()];
        Map<Span, Draft> byCue = new HashMap<>();
        SpeakerHistory earlier = new SpeakerHistory();
        for (int i = 0; i < quotes.size(); i++) {
            AttributedQuote q = quotes.get(i);
            Draft shared = q.speaker().isPresent() && q.cue().isPresent() ? byCue.get(q.cue().get()) : null;
            if (shared != null && shared.speaker.map(ResolvedSpeaker::key).equals(q.speaker().map(ResolvedSpeaker::key))) {
                if (inFrame(q)) {
                    // A title or a scare quote in the words around the cue ("he said on "Meet the Press"").
                    continue;
                }
                shared.quotes.add(i);
                draftOf[i] = shared;
                continue;
            }
            if (q.speaker().isEmpty()) {
                // A quote nobody is said to have said (a title, a scare quote) is no attribution of its own.
                continue;
            }
            Draft d = new Draft(q.speaker(), q.speaker().map(ResolvedSpeaker::mention), q.cue(), q.rule(),
                    q.confidence());
            d.quotes.add(i);
            draftOf[i] = d;
            drafts.add(d);
            q.cue().ifPresent(c -> byCue.putIfAbsent(c, d));
            q.speaker().ifPresent(earlier::add);
        }
        for (ReportedSpeech r : reported) {
            Draft sameCue = byCue.get(r.cue());
            // a quote an earlier report took in ("who described the cuts as "unacceptable", said ...") leaves the cue
            // the quote rules gave it to the report that is really that cue's
            if (sameCue != null && !sameCue.absorbed && !beforeItsQuotes(r, sameCue, quotes)) {
                // The quote's own cue: the reported speech is the same attribution when it holds the quote, and a
                // misreading of the words after the cue otherwise ("...," she said in a statement).
                if (sameCue.quotes.stream().allMatch(i -> within(quotes.get(i).segment().content(), r.content()))) {
                    List<Span> quoted = sameCue.quotes.stream().sorted()
                            .map(i -> quotes.get(i).segment().content()).toList();
                    sameCue.pieces.addAll(withoutFrame(r.content(), quoted, r.cue()));
                    absorbQuotesWithin(sameCue, r, draftOf, quotes);
                }
                continue;
            }
            if (overlapsQuoteOutside(r, draftOf, quotes)) {
                continue;
            }
            Draft d = reportedDraft(r, earlier);
            d.speaker.ifPresent(earlier::add);
            absorbQuotesWithin(d, r, draftOf, quotes);
            drafts.add(d);
            reportedDrafts.add(d);
        }
        drafts.removeIf(d -> d.absorbed);
        drafts.forEach(this::sourceAtRelativePronoun);
        List<AttributedQuote> spoken = RepeatedQuotes.attributed(speakForQuotesWithin(reportedDrafts, draftOf, quotes),
                doc, i -> draftOf[i] == null);
        joinQuotesTheirAttributionsHold(drafts, draftOf, spoken);
        List<AttributedQuote> all = withCuesOfTheirReports(reportedDrafts, spoken);
        drafts.sort(Comparator.comparingInt(d -> d.start(all)));
        return build(all, drafts);
    }

    /**
     * True for a short quote that a word leads into after the cue, in the cue's sentence: a title or a scare quote
     * in the words around the cue ({@code "...," he said on "Meet the Press." "..."}), not the next piece of what
     * was said, which follows the cue over a comma or a colon.
     */
    private boolean inFrame(AttributedQuote q) {
        Span cue = q.cue().orElseThrow();
        Span quote = q.segment().content();
        int opening = doc.openingToken(q.segment());
        int before = opening - 1;
        if (quote.start() < cue.end() || before < 0 || words(q.segment()) > MAX_FRAME_QUOTE_WORDS) {
            return false;
        }
        int cueToken = doc.lastTokenEndingBy(cue.end());
        return cueToken >= 0 && doc.token(before).sentenceIndex() == doc.token(cueToken).sentenceIndex()
                && Character.isLetter(doc.token(before).word().charAt(0));
    }

    private int words(QuoteSegment segment) {
        Span content = segment.content();
        return content.of(doc.text()).strip().split("\\s+").length;
    }

    /**
     * The pieces of reported speech that shares a quotation's cue, without the words between two of its quotes where
     * the cue stands: {@code "...," he told hundreds of supporters, "..."} says nothing in its frame.
     *
     * @param pieces the reported speech's content
     * @param quotes the contents of the quotation's quotes, in text order
     * @param cue    their cue
     * @return the pieces, the frame cut out of them
     */
    static List<Span> withoutFrame(List<Span> pieces, List<Span> quotes, Span cue) {
        for (int k = 0; k + 1 < quotes.size(); k++) {
            Span gap = new Span(quotes.get(k).end(), quotes.get(k + 1).start());
            if (gap.contains(cue)) {
                List<Span> out = new ArrayList<>();
                for (Span p : pieces) {
                    if (p.start() < gap.start()) {
                        out.add(new Span(p.start(), Math.min(p.end(), gap.start())));
                    }
                    if (p.end() > gap.end()) {
                        out.add(new Span(Math.max(p.start(), gap.end()), p.end()));
                    }
                }
                return out;
            }
        }
        return pieces;
    }

    /**
     * A quote no quote rule gave a speaker, inside the content of reported speech whose source is resolved, is
     * part of that report: {@code She called the plan "a good start" and promised more}. It takes the report's
     * speaker and cue and joins its attribution.
     *
     * @return the quotes, those given a speaker replaced
     */
    private static List<AttributedQuote> speakForQuotesWithin(List<Draft> reported, Draft[] draftOf,
                                                              List<AttributedQuote> quotes) {
        List<AttributedQuote> out = new ArrayList<>(quotes);
        for (Draft d : reported) {
            if (d.absorbed || d.speaker.isEmpty()) {
                continue;
            }
            for (Span piece : d.pieces) {
                for (int i = firstQuoteEndingAfter(piece.start(), quotes);
                     i < quotes.size() && quotes.get(i).segment().content().start() < piece.end(); i++) {
                    AttributedQuote q = quotes.get(i);
                    if (q.speaker().isEmpty() && draftOf[i] == null && piece.contains(q.segment().content())) {
                        out.set(i, new AttributedQuote(q.segment(), d.speaker, d.cue, AttributionRule.REPORTED_SPEECH,
                                d.confidence));
                        draftOf[i] = d;
                        d.quotes.add(i);
                    }
                }
            }
            d.quotes.sort(null);
        }
        return out;
    }

    /**
     * A quote that no attribution lists joins the one whose content holds it. One the rules gave a speaker but no
     * attribution, because it stands among the words around its cue ("She said the plan's "costs" and "timing" were
     * wrong": the second quote reads as part of the first one's frame), joins the attribution of the same speaker
     * whose content holds it, and when none does, is an attribution of its own. One without a speaker joins an
     * attribution without a speaker that holds it (a report whose source names nobody the article identifies): its
     * content is then quoted, direct or mixed.
     */
    private static void joinQuotesTheirAttributionsHold(List<Draft> drafts, Draft[] draftOf,
                                                        List<AttributedQuote> quotes) {
        for (int i = 0; i < quotes.size(); i++) {
            AttributedQuote q = quotes.get(i);
            if (draftOf[i] != null) {
                continue;
            }
            Span content = q.segment().content();
            Optional<String> key = q.speaker().map(ResolvedSpeaker::key);
            for (Draft d : drafts) {
                if (d.speaker.map(ResolvedSpeaker::key).equals(key)
                        && d.pieces.stream().anyMatch(p -> p.contains(content))) {
                    d.quotes.add(i);
                    d.quotes.sort(null);
                    draftOf[i] = d;
                    break;
                }
            }
            if (draftOf[i] == null && q.speaker().isPresent()) {
                // held by no attribution of its speaker: an attribution of its own, as every quote with a speaker has
                Draft own = new Draft(q.speaker(), q.speaker().map(ResolvedSpeaker::mention), q.cue(), q.rule(),
                        q.confidence());
                own.quotes.add(i);
                draftOf[i] = own;
                drafts.add(own);
            }
        }
    }

    /**
     * A quote that reported speech of the same speaker took in has that report's cue when its own is another word:
     * the quote rules give a quote inside a report the first cue of its sentence, which may be another report's ("One
     * negotiator, who asked not to be named, said Norway had "moved the goalposts""). A cue of the same word stays as
     * the quote rules read it (the tagger's may take in more words: "says of").
     *
     * @return the quotes, those given another cue replaced
     */
    private static List<AttributedQuote> withCuesOfTheirReports(List<Draft> reported, List<AttributedQuote> quotes) {
        List<AttributedQuote> out = new ArrayList<>(quotes);
        for (Draft d : reported) {
            if (d.absorbed || d.cue.isEmpty() || d.speaker.isEmpty()) {
                continue;
            }
            for (int i : d.quotes) {
                AttributedQuote q = out.get(i);
                boolean sameSpeaker = q.speaker().map(ResolvedSpeaker::key).equals(d.speaker.map(ResolvedSpeaker::key));
                boolean otherCue = q.cue().isEmpty() || !q.cue().get().overlaps(d.cue.get());
                if (sameSpeaker && otherCue) {
                    out.set(i, new AttributedQuote(q.segment(), q.speaker(), d.cue, q.rule(), q.confidence()));
                }
            }
        }
        return out;
    }

    /** The index of the first quote that ends after the offset (quotes are in text order and never overlap). */
    private static int firstQuoteEndingAfter(int offset, List<AttributedQuote> quotes) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).segment().content().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Draft reportedDraft(ReportedSpeech r, SpeakerHistory earlier) {
        Optional<ResolvedSpeaker> speaker = Optional.empty();
        Optional<Mention> source = Optional.empty();
        List<Span> content = r.content();
        if (r.source().isPresent()) {
            SpeakerPhrase phrase = r.source().get();
            int cue = r.cueToken();
            Optional<SpeakerPhrase> antecedent = relatives.antecedent(phrase);
            if (antecedent.isPresent()) {
                SpeakerPhrase whole = antecedent.get();
                Optional<ResolvedSpeaker> named = antecedentSpeaker(phrase, whole, earlier);
                if (clauseClosedBefore(phrase.end(), cue) && !relatives.leadsToCue(phrase.end(), cue)) {
                    // "The mayor, who backs the plan, wrote ...": the clause is closed; the cue's source is the
                    // phrase the pronoun stands for
                    speaker = named;
                    source = Optional.of(named.map(ResolvedSpeaker::mention).orElseGet(() -> mention(whole)));
                } else {
                    // "the senator, who said ...": the source is the relative pronoun, the speaker its antecedent
                    content = beforeClosingDash(r, phrase);
                    Mention pronoun = mention(phrase);
                    speaker = named.map(s -> s.withMention(pronoun));
                    source = Optional.of(pronoun);
                }
            } else {
                // a phrase between the pronoun and the cue is in a prepositional phrase or a set-off clause there
                int from = phrase.end() <= cue ? doc.sentenceFirst(doc.token(cue).sentenceIndex()) : phrase.end();
                Optional<SpeakerPhrase> relative = relatives.pronounBefore(cue, from);
                if (relative.isPresent()) {
                    // "the senator, a lawyer who has argued that ...": the pronoun's antecedent speaks
                    Mention pronoun = mention(relative.get());
                    speaker = relatives.antecedent(relative.get())
                            .flatMap(whole -> antecedentSpeaker(relative.get(), whole, earlier))
                            .or(() -> resolver.resolve(phrase, doc, earlier, false))
                            .map(s -> s.withMention(pronoun));
                    source = Optional.of(pronoun);
                } else {
                    // "Ann Lee, who wrote to patients on Monday, said ...": a phrase inside a relative clause that
                    // closed before the cue is not its subject; the phrase the clause is about is
                    SpeakerPhrase subject = clauseClosedBefore(phrase.end(), cue)
                            ? relatives.clauseAround(phrase).flatMap(relatives::antecedent).orElse(phrase) : phrase;
                    speaker = resolver.resolve(subject, doc, earlier, false);
                    source = Optional.of(speaker.map(ResolvedSpeaker::mention).orElseGet(() -> mention(subject)));
                }
            }
        }
        Draft d = new Draft(speaker, source, Optional.of(r.cue()), r.rule(), r.confidence());
        d.pieces.addAll(content);
        return d;
    }

    /**
     * Who a relative pronoun stands for: the noun group after the antecedent's last preposition when it names a person
     * or a group ("a victory for the senator, who ..."), else the whole antecedent.
     */
    private Optional<ResolvedSpeaker> antecedentSpeaker(SpeakerPhrase pronoun, SpeakerPhrase antecedent,
                                                        SpeakerHistory earlier) {
        return relatives.nearestNounGroup(pronoun, antecedent)
                .flatMap(g -> resolver.resolve(g, doc, earlier, false))
                .filter(s -> s.type() == SpeakerType.PERSON || s.type() == SpeakerType.GROUP)
                .or(() -> resolver.resolve(antecedent, doc, earlier, false));
    }

    /**
     * A quote's attribution whose cue opens a relative clause after the speaker's words ("said Ann Lee, who added
     * that ...") has the clause's pronoun for its source, the speaker still the name, as reported speech has.
     */
    private void sourceAtRelativePronoun(Draft d) {
        if (d.cue.isEmpty() || d.source.isEmpty() || d.speaker.isEmpty()
                || d.source.get().span().end() > d.cue.get().start()) {
            return;
        }
        int cueToken = doc.firstTokenAtOrAfter(d.cue.get().start());
        int sourceEnd = doc.lastTokenEndingBy(d.source.get().span().end()) + 1;
        if (cueToken >= doc.tokenCount() || sourceEnd <= 0
                || doc.token(sourceEnd - 1).sentenceIndex() != doc.token(cueToken).sentenceIndex()) {
            return;
        }
        relatives.pronounBefore(cueToken, sourceEnd).map(this::mention).ifPresent(pronoun -> {
            d.source = Optional.of(pronoun);
            d.speaker = d.speaker.map(s -> s.withMention(pronoun));
        });
    }

    /**
     * Whether the relative clause after the pronoun closed before the cue: a comma or a dash outside quotes, with only
     * adverbs and auxiliaries after it ("The mayor, who backs the plan, has also said ...").
     */
    private boolean clauseClosedBefore(int from, int cueToken) {
        int k = cueToken - 1;
        while (k >= from && Phrases.isAuxiliaryOrAdverb(doc.token(k))) {
            k--;
        }
        return k >= from && RelativeClauses.SETS_OFF_CLAUSE.contains(doc.token(k).word()) && !doc.isQuoted(k);
    }

    /**
     * The content of a relative clause set off by a dash ("the senator - who said the bill would fail - voted for
     * it") ends where the same dash closes the clause; the content of one set off by a comma as it is.
     *
     * @param pronoun the relative pronoun that is the report's source
     */
    private List<Span> beforeClosingDash(ReportedSpeech r, SpeakerPhrase pronoun) {
        int opening = pronoun.first() - 1;
        int sentence = doc.token(r.cueToken()).sentenceIndex();
        if (opening < doc.sentenceFirst(sentence) || doc.token(opening).word().equals(",")
                || !RelativeClauses.SETS_OFF_CLAUSE.contains(doc.token(opening).word())) {
            return r.content();
        }
        String dash = doc.token(opening).word();
        for (int k = r.cueToken() + 1; k < doc.sentenceEnd(sentence); k++) {
            if (doc.token(k).word().equals(dash) && !doc.isQuoted(k)) {
                int cut = doc.token(k - 1).span().end();
                List<Span> before = r.content().stream().filter(piece -> piece.start() < cut)
                        .map(piece -> piece.end() <= cut ? piece : new Span(piece.start(), cut)).toList();
                return before.isEmpty() ? r.content() : before;
            }
        }
        return r.content();
    }

    /**
     * True when the reported speech stands between its cue and the quotes the quote rules gave that cue: the quotes
     * belong to a later clause ("The union said its members had rejected the offer, calling it "an insult""), and
     * the report is an attribution of its own, not a misreading of the words after the cue.
     */
    private static boolean beforeItsQuotes(ReportedSpeech r, Draft sameCue, List<AttributedQuote> quotes) {
        int firstQuote = sameCue.quotes.stream().mapToInt(i -> quotes.get(i).segment().outer().start()).min()
                .orElse(Integer.MIN_VALUE);
        return r.extent().start() >= r.cue().end() && r.extent().end() <= firstQuote;
    }

    /** Moves the quote-only attributions whose quotes all lie inside the reported speech into it. */
    private static void absorbQuotesWithin(Draft into, ReportedSpeech r, Draft[] draftOf,
                                           List<AttributedQuote> quotes) {
        for (Draft other : draftsOfQuotesIn(r.extent(), draftOf, quotes)) {
            if (other == into || !other.pieces.isEmpty() || other.quotes.isEmpty()) {
                continue;
            }
            boolean all = other.quotes.stream()
                    .allMatch(i -> within(quotes.get(i).segment().content(), r.content()));
            if (all) {
                into.quotes.addAll(other.quotes);
                other.quotes.forEach(i -> draftOf[i] = into);
                if (into.speaker.isEmpty() && other.speaker.isPresent() && into.source.isEmpty()) {
                    into.speaker = other.speaker;
                    into.source = other.source;
                }
                other.absorbed = true;
                other.quotes.clear();
            }
        }
        into.quotes.sort(null);
    }

    /** True when the reported speech overlaps a quote of an attribution that reaches outside it. */
    private static boolean overlapsQuoteOutside(ReportedSpeech r, Draft[] draftOf, List<AttributedQuote> quotes) {
        for (Draft d : draftsOfQuotesIn(r.extent(), draftOf, quotes)) {
            boolean overlaps = false;
            boolean outside = false;
            for (int i : d.quotes) {
                Span q = quotes.get(i).segment().content();
                if (r.content().stream().anyMatch(p -> p.overlaps(q))) {
                    overlaps = true;
                }
                if (!within(q, r.content())) {
                    outside = true;
                }
            }
            if (overlaps && outside) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attributions holding a quote that overlaps the span, each once, in text order. The quotes are in text
     * order and never overlap, so a binary search finds the first.
     */
    private static List<Draft> draftsOfQuotesIn(Span span, Draft[] draftOf, List<AttributedQuote> quotes) {
        int lo = firstQuoteEndingAfter(span.start(), quotes);
        List<Draft> out = new ArrayList<>();
        for (int i = lo; i < quotes.size() && quotes.get(i).segment().content().start() < span.end(); i++) {
            Draft d = draftOf[i];
            if (d != null && quotes.get(i).segment().content().overlaps(span) && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean within(Span quote, List<Span> pieces) {
        return pieces.stream().anyMatch(p -> p.contains(quote));
    }

    private Mention mention(SpeakerPhrase phrase) {
        Span span = doc.span(phrase.first(), phrase.end());
        return new Mention(span, span.of(doc.text()), doc.token(phrase.first()).sentenceIndex());
    }

    private QuotesAndSpeakers build(List<AttributedQuote> found, List<Draft> drafts) {
        Map<String, List<Integer>> quotesByKey = new LinkedHashMap<>();
        Map<String, List<Integer>> attributionsByKey = new LinkedHashMap<>();
        Map<String, Map<Span, Mention>> mentionsByKey = new HashMap<>();
        Map<String, ResolvedSpeaker> firstByKey = new LinkedHashMap<>();
        for (int a = 0; a < drafts.size(); a++) {
            Draft d = drafts.get(a);
            if (d.speaker.isPresent()) {
                String key = d.speaker.get().key();
                firstByKey.putIfAbsent(key, d.speaker.get());
                attributionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                d.source.ifPresent(m -> mentionsByKey.computeIfAbsent(key, k -> new TreeMap<>()).put(m.span(), m));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Optional<ResolvedSpeaker> s = found.get(i).speaker();
            if (s.isPresent()) {
                String key = s.get().key();
                firstByKey.putIfAbsent(key, s.get());
                quotesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                mentionsByKey.computeIfAbsent(key, k -> new TreeMap<>()).put(s.get().mention().span(), s.get().mention());
            }
        }
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        for (var e : firstByKey.entrySet()) {
            ResolvedSpeaker r = e.getValue();
            String key = e.getKey();
            speakers.put(key, new Speaker(r.name(), r.type(), List.copyOf(mentionsByKey.get(key).values()),
                    quotesByKey.getOrDefault(key, List.of()), attributionsByKey.getOrDefault(key, List.of())));
        }
        String text = doc.text();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            AttributedQuote f = found.get(i);
            Span span = f.segment().content();
            boolean attributed = f.speaker().isPresent();
            quotes.add(new Quote(i, span, span.of(text), f.speaker().map(s -> speakers.get(s.key())),
                    f.speaker().map(ResolvedSpeaker::mention), attributed ? f.cue() : Optional.empty(),
                    attributed ? f.rule() : AttributionRule.NONE, attributed ? f.confidence() : 0));
        }
        List<Attribution> attributions = new ArrayList<>();
        for (int a = 0; a < drafts.size(); a++) {
            Draft d = drafts.get(a);
            List<Span> quoteSpans = d.quotes.stream().map(i -> found.get(i).segment().content()).toList();
            List<Span> pieces = merge(d.pieces.isEmpty() ? quoteSpans : d.pieces);
            for (Optional<Span> own : List.of(d.source.map(Mention::span), d.cue)) {
                List<Span> kept = own.isPresent() ? without(pieces, own.get()) : pieces;
                pieces = kept.isEmpty() ? pieces : kept;
            }
            // a transcript's turn is the speaker's own words, marks or none
            AttributionKind kind = d.rule == AttributionRule.TRANSCRIPT_LABEL ? AttributionKind.DIRECT
                    : kind(pieces, quoteSpans, text);
            if (kind == AttributionKind.DIRECT && !quoteSpans.isEmpty()) {
                pieces = merge(quoteSpans);
            }
            pieces = withThatBefore(joinWithinSentence(pieces, d.cue, d.source.map(Mention::span)), d.cue);
            // A subject cue's attribution has no source by its nature, and keeps the rule that found it.
            boolean attributed = d.speaker.isPresent() || d.source.isPresent() || d.rule == AttributionRule.SUBJECT_CUE;
            attributions.add(new Attribution(a, pieces.stream().map(p -> new Passage(p, p.of(text))).toList(), kind,
                    d.speaker.map(s -> speakers.get(s.key())), d.source, d.cue,
                    attributed ? d.rule : AttributionRule.NONE, attributed ? d.confidence : 0, d.quotes));
        }
        List<Speaker> ordered = new ArrayList<>(speakers.values());
        ordered.sort(Comparator.comparingInt(s -> firstAttribution(s, attributions)));
        return new QuotesAndSpeakers(quotes, attributions, ordered);
    }

    private static int firstAttribution(Speaker s, List<Attribution> attributions) {
        if (!s.attributionIndices().isEmpty()) {
            return s.attributionIndices().get(0);
        }
        // A speaker whose only quotes lie in another source's reported speech: place it by its first quote.
        int quote = s.quoteIndices().get(0);
        for (Attribution a : attributions) {
            if (a.quoteIndices().contains(quote)) {
                return a.index();
            }
        }
        return attributions.size();
    }

    /** Direct, mixed or indirect, by the share of the content's characters inside the quotes. */
    static AttributionKind kind(List<Span> pieces, List<Span> quotes, String text) {
        int counted = 0;
        int quoted = 0;
        for (Span p : pieces) {
            for (int c = p.start(); c < p.end(); c++) {
                char ch = text.charAt(c);
                if (Character.isWhitespace(ch) || QUOTE_MARKS.indexOf(ch) >= 0) {
                    continue;
                }
                counted++;
                for (Span q : quotes) {
                    if (q.contains(c)) {
                        quoted++;
                        break;
                    }
                }
            }
        }
        if (quoted == 0 || counted == 0) {
            return AttributionKind.INDIRECT;
        }
        return quoted >= DIRECT_SHARE * counted ? AttributionKind.DIRECT : AttributionKind.MIXED;
    }

    /**
     * Pieces of one content in one sentence, at most {@link #MAX_JOINED_GAP_WORDS} words apart, are one piece when
     * nothing between them reports: no cue, no source, no reporting verb and no line break. What stands between two
     * pieces of one clause ({@code "safe" and "ready"}, {@code the plan, in her view, works}, a dash before an aside)
     * belongs to what was said; the cue and its source between two quotes do not.
     */
    List<Span> joinWithinSentence(List<Span> pieces, Optional<Span> cue, Optional<Span> source) {
        List<Span> out = new ArrayList<>();
        for (Span p : pieces) {
            if (!out.isEmpty() && nothingReportsBetween(out.get(out.size() - 1), p, cue, source)) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), p.end())));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private boolean nothingReportsBetween(Span before, Span after, Optional<Span> cue, Optional<Span> source) {
        Span gap = new Span(before.end(), Math.max(before.end(), after.start()));
        if (cue.filter(c -> c.overlaps(gap)).isPresent() || source.filter(s -> s.overlaps(gap)).isPresent()
                || doc.text().substring(gap.start(), gap.end()).indexOf('\n') >= 0) {
            return false;
        }
        int last = doc.lastTokenEndingBy(before.end());
        int next = doc.firstTokenAtOrAfter(after.start());
        if (last < 0 || next >= doc.tokenCount()
                || doc.token(last).sentenceIndex() != doc.token(next).sentenceIndex()) {
            return false;
        }
        int words = 0;
        for (int k = last + 1; k < next; k++) {
            if (doc.isCue(k)) {
                return false;
            }
            words += doc.token(k).isPunctuation() || isQuotationMark(doc.token(k).word()) ? 0 : 1;
        }
        return words <= MAX_JOINED_GAP_WORDS;
    }

    /**
     * A content that opens with a quotation right after the cue's complementiser ({@code said that "..."}) starts
     * at "that": the conjunction belongs to the reported clause, as it does when no quotation follows.
     */
    private List<Span> withThatBefore(List<Span> pieces, Optional<Span> cue) {
        if (pieces.isEmpty() || cue.isEmpty()) {
            return pieces;
        }
        Span first = pieces.get(0);
        int k = doc.lastTokenEndingBy(first.start());
        while (k >= 0 && isQuotationMark(doc.token(k).word())) {
            k--;
        }
        if (k < 0 || !doc.lower(k).equals("that") || doc.token(k).span().start() < cue.get().end()
                || doc.token(k).sentenceIndex() != doc.token(doc.lastTokenEndingBy(cue.get().end())).sentenceIndex()) {
            return pieces;
        }
        List<Span> out = new ArrayList<>(pieces);
        out.set(0, new Span(doc.token(k).span().start(), first.end()));
        return out;
    }

    private static boolean isQuotationMark(String word) {
        return !word.isEmpty() && word.chars().allMatch(ch -> QUOTE_MARKS.indexOf(ch) >= 0);
    }

    /**
     * The pieces that are more than a part of a span: a piece inside it goes (the tagger read a content's own source
     * or cue as a piece of it: "'Keep the ferry', say islanders"); a piece that only holds or touches it stays.
     *
     * @param pieces the pieces of a content
     * @param span   its source or cue
     */
    static List<Span> without(List<Span> pieces, Span span) {
        return pieces.stream().filter(p -> !span.contains(p)).toList();
    }

    /** Sorted spans, overlapping or touching ones joined. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** One attribution being put together. */
    private static final class Draft {
        Optional<ResolvedSpeaker> speaker;
        Optional<Mention> source;
        final Optional<Span> cue;
        final AttributionRule rule;
        final double confidence;
        final List<Span> pieces = new ArrayList<>();
        final List<Integer> quotes = new ArrayList<>();
        /** Set when another attribution took its quotes in. */
        boolean absorbed;

        Draft(Optional<ResolvedSpeaker> speaker, Optional<Mention> source, Optional<Span> cue, AttributionRule rule,
              double confidence) {
            this.speaker = speaker;
            this.source = source;
            this.cue = cue;
            this.rule = rule;
            this.confidence = confidence;
        }

        int start(List<AttributedQuote> found) {
            int start = Integer.MAX_VALUE;
            for (Span p : pieces) {
                start = Math.min(start, p.start());
            }
            for (int i : quotes) {
                start = Math.min(start, found.get(i).segment().content().start());
            }
            return start;
        }
    }
}
