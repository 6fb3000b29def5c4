package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.pipeline.Stage;

/**
 * Finds the quotes of the body and attributes each to its source, then finds the reported speech around them and
 * gathers both into the article's attributions (see {@link ReportedSpeechFinder} and {@link AttributionAssembler}).
 *
 * <p>The rules are tried in falling order of confidence, and the first that finds a phrase decides: a reporting
 * verb right after the quote, one introducing it, "according to", one whose reported speech contains it. The
 * phrase is then resolved to a source (see {@link SpeakerResolver}); when it cannot be, the quote keeps no speaker
 * rather than a guess. Last, a quote without a speaker takes the speaker of its own quotation's other paragraphs;
 * of the quote before it in the same paragraph, when its sentence holds nothing but quotation; or, when its
 * paragraph holds nothing but quotation, of the previous paragraph's last quote.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuoteAttributor implements Stage<QuoteInput, QuotesAndSpeakers> {

    private static final double CONTINUATION_CONFIDENCE = 0.6;
    /** How sure reported speech found by the tagger is. */
    private static final double TAGGED_CONFIDENCE = 0.6;
    private static final double PRONOUN_FACTOR = 0.9;
    /**
     * Rules whose phrase is the speaker whatever its head noun: those whose cue touches the quote, and "according
     * to".
     */
    private static final Set<AttributionRule> ADJACENT = EnumSet.of(
            AttributionRule.TRANSCRIPT_LABEL, AttributionRule.CUE_AFTER_QUOTE, AttributionRule.CREDIT_LINE,
            AttributionRule.CUE_BEFORE_QUOTE, AttributionRule.COLON_PARAGRAPH, AttributionRule.ACCORDING_TO);

    private final Lexicon lexicon;
    private final QuoteFinder finder = new QuoteFinder();
    /** Rules that read reporting words around the quote, in falling confidence. */
    private final List<SpeakerRule> rules = List.of(new TranscriptLabelRule(), new AccordingToRule(),
            new CueAfterQuoteRule(), new CreditLineRule(), new CueBeforeQuoteRule(), new ColonParagraphRule(),
            new TrailingClauseRule());
    /** Rules tried when none of the above applies and the quote does not continue its paragraph's voice. */
    private final List<SpeakerRule> fallbacks = List.of(new PreviousSentenceRule(), new HeadlineColonRule(),
            new SentenceSubjectRule(), new PreviousParagraphRule(), new PreviousSubjectRule());
    private final SpeakerResolver resolver = new SpeakerResolver();
    private final ReportedSpeechFinder reportedSpeech = new ReportedSpeechFinder();
    private final Optional<TaggerModel> tagger;
    private final Optional<AttributionConfidence> confidence;

    /**
     * An attributor whose attributions keep the confidences the rules set.
     *
     * @param lexicon the word lists the rules read
     * @param tagger  the fitted attribution tagger, or empty to keep the rules' reported speech (a training
     *                program fitting the tagger runs without one)
     */
    public QuoteAttributor(Lexicon lexicon, Optional<TaggerModel> tagger) {
        this(lexicon, tagger, Optional.empty());
    }

    /**
     * @param lexicon    the word lists the rules read
     * @param tagger     the fitted attribution tagger, or empty to keep the rules' reported speech
     * @param confidence the fitted model whose probability becomes each attribution's confidence, or empty to keep
     *                   the confidences the rules set (a training program fitting the model runs without one)
     */
    public QuoteAttributor(Lexicon lexicon, Optional<TaggerModel> tagger, Optional<AttributionConfidence> confidence) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
    }

    @Override
    public QuotesAndSpeakers apply(QuoteInput input) {
        Rules found = applyRules(input);
        List<ReportedSpeech> reported = found.reported();
        if (tagger.isPresent()) {
            TaggerFeatures features = new TaggerFeatures(found.doc(), found.quotes(), found.reported());
            List<ReportedSpeech> byCue = new ArrayList<>(found.reported());
            byCue.sort(Comparator.comparingInt(ReportedSpeech::cueToken));
            reported = new ArrayList<>();
            int next = 0;
            for (TaggerSequence sequence : features.sequences()) {
                int[] labels = tagger.get().decode(sequence.features());
                List<ReportedSpeech> tagged = TaggedSpeech.of(found.doc(), sequence, labels, TAGGED_CONFIDENCE);
                while (next < byCue.size() && byCue.get(next).cueToken() < sequence.first()) {
                    next++;
                }
                int end = next;
                while (end < byCue.size() && byCue.get(end).cueToken() < sequence.end()) {
                    end++;
                }
                List<ReportedSpeech> rules = byCue.subList(next, end);
                List<ReportedSpeech> added = TaggerLabelRepairs.rulesForBareCues(found.doc(), sequence, labels,
                        tagged, rules);
                List<ReportedSpeech> joined = TaggerLabelRepairs.withClauseBeforeSource(found.doc(), sequence,
                        tagged, rules);
                // the reports that may hold a tagged one whole: the rules' for bare cues and those joined over a source
                List<ReportedSpeech> outer = new ArrayList<>(added);
                joined.stream().filter(r -> !tagged.contains(r)).forEach(outer::add);
                List<ReportedSpeech> own = TaggerLabelRepairs.withoutBorrowedSources(joined, outer);
                reported.addAll(TaggerLabelRepairs.withOwnSubjects(found.doc(),
                        TaggerLabelRepairs.withQuotedSubjects(found.doc(),
                                TaggerLabelRepairs.withDistantSources(found.doc(), own, rules))));
                reported.addAll(added);
                next = end;
            }
        }
        List<ReportedSpeech> all = new ArrayList<>(SubjectContent.read(found.doc(), reported));
        HeadlineReport.find(found.doc(), all).ifPresent(r -> all.add(0, r));
        all.addAll(TranscriptAnswers.find(found.doc()));
        all.addAll(PollReports.find(found.doc()));
        QuotesAndSpeakers assembled = new AttributionAssembler(found.doc(), resolver).assemble(found.quotes(), all);
        return confidence.map(c -> c.rescored(assembled, input.linguistics(), lexicon)).orElse(assembled);
    }

    /**
     * What the attribution tagger reads of a document: one sequence per paragraph, with the features of each
     * token. For the training program that fits the tagger.
     *
     * @param input the analysed body and its entities
     * @return the sequences, in text order
     */
    public List<TaggerSequence> taggerSequences(QuoteInput input) {
        Rules found = applyRules(input);
        return new TaggerFeatures(found.doc(), found.quotes(), found.reported()).sequences();
    }

    /** What the hand-written rules find in a document. */
    private record Rules(DocumentView doc, List<AttributedQuote> quotes, List<ReportedSpeech> reported) {
    }

    private Rules applyRules(QuoteInput input) {
        var ling = input.linguistics();
        List<QuoteSegment> segments = finder.find(ling.body().text().normalized(), ling.body().paragraphs());
        DocumentView doc = new DocumentView(ling, input.entities(), lexicon, segments);
        List<AttributedQuote> found = new ArrayList<>();
        SpeakerHistory earlier = new SpeakerHistory();
        for (QuoteSegment segment : segments) {
            Optional<AttributedQuote> f = attribute(segment, doc, earlier, rules);
            if (f.isEmpty()) {
                f = sameParagraphVoice(segment, found, doc);
            }
            if (f.isEmpty()) {
                f = attribute(segment, doc, earlier, fallbacks);
            }
            AttributedQuote result = f.orElse(AttributedQuote.none(segment));
            result.speaker().ifPresent(earlier::add);
            found.add(result);
        }
        continueVoices(found, doc);
        return new Rules(doc, found, reportedSpeech.find(doc));
    }

    /**
     * The first of the rules that finds a speaker phrase decides: its phrase resolved to a speaker, or no speaker
     * when it cannot be resolved or the quote is a title. Empty when no rule applies.
     */
    private Optional<AttributedQuote> attribute(QuoteSegment segment, DocumentView doc, SpeakerHistory earlier,
                                      List<SpeakerRule> tried) {
        for (SpeakerRule rule : tried) {
            Optional<Candidate> candidate = rule.find(segment, doc);
            if (candidate.isPresent()) {
                Candidate c = candidate.get();
                if (TitleShape.isNamedWork(segment, doc)) {
                    return Optional.of(AttributedQuote.none(segment));
                }
                Optional<ResolvedSpeaker> speaker = resolver.resolve(c.phrase(), doc, earlier,
                        ADJACENT.contains(c.rule()));
                if (speaker.isEmpty()) {
                    return Optional.of(AttributedQuote.none(segment));
                }
                boolean pronoun = c.phrase().end() - c.phrase().first() == 1
                        && Phrases.isPersonalPronoun(doc.token(c.phrase().first()));
                return Optional.of(new AttributedQuote(segment, speaker, Optional.of(c.cue()), c.rule(),
                        pronoun ? c.confidence() * PRONOUN_FACTOR : c.confidence()));
            }
        }
        return Optional.empty();
    }

    /**
     * A quote whose sentence is nothing but quotation, after an attributed quote of the same paragraph, goes on in
     * that voice: {@code "...," said Ann Kerr, who leads the union. "We will keep asking."}.
     */
    private static Optional<AttributedQuote> sameParagraphVoice(QuoteSegment segment, List<AttributedQuote> found,
                                                                DocumentView doc) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AttributedQuote previous = found.get(found.size() - 1);
        if (previous.segment().paragraph() != segment.paragraph() || previous.speaker().isEmpty()
                || !sentenceIsOnlyQuotation(segment, doc)) {
            return Optional.empty();
        }
        return Optional.of(continuing(segment, previous));
    }

    /** The quote in the voice of an attributed one. */
    private static AttributedQuote continuing(QuoteSegment segment, AttributedQuote source) {
        return new AttributedQuote(segment, source.speaker(), source.cue(), AttributionRule.CONTINUATION,
                Math.min(CONTINUATION_CONFIDENCE, source.confidence()));
    }

    /** Fills quotes left without a speaker from the quotation they continue. */
    private static void continueVoices(List<AttributedQuote> found, DocumentView doc) {
        for (int i = 0; i < found.size(); i++) {
            AttributedQuote f = found.get(i);
            if (f.speaker().isPresent()) {
                continue;
            }
            AttributedQuote source = sameChainVoice(found, i);
            if (source == null) {
                Optional<AttributedQuote> inParagraph = sameParagraphVoice(f.segment(), found.subList(0, i), doc);
                if (inParagraph.isPresent()) {
                    found.set(i, inParagraph.get());
                    continue;
                }
            }
            if (source == null && onlyQuotation(f.segment().paragraph(), doc)) {
                source = previousParagraphVoice(found, i);
            }
            if (source != null) {
                found.set(i, continuing(f.segment(), source));
            }
        }
    }

    /** The nearest attributed segment of the same multi-paragraph quotation, earlier ones first. */
    private static AttributedQuote sameChainVoice(List<AttributedQuote> found, int index) {
        int chain = found.get(index).segment().chain();
        for (int j = index - 1; j >= 0 && found.get(j).segment().chain() == chain; j--) {
            if (found.get(j).speaker().isPresent()) {
                return found.get(j);
            }
        }
        for (int j = index + 1; j < found.size() && found.get(j).segment().chain() == chain; j++) {
            if (found.get(j).speaker().isPresent()) {
                return found.get(j);
            }
        }
        return null;
    }

    private static AttributedQuote previousParagraphVoice(List<AttributedQuote> found, int index) {
        int paragraph = found.get(index).segment().paragraph();
        for (int j = index - 1; j >= 0; j--) {
            AttributedQuote prior = found.get(j);
            if (prior.segment().paragraph() < paragraph - 1) {
                return null;
            }
            if (prior.segment().paragraph() == paragraph - 1) {
                return prior.speaker().isPresent() ? prior : null;
            }
        }
        return null;
    }

    /** True when every token outside quotes of the sentence where the quote starts is punctuation. */
    private static boolean sentenceIsOnlyQuotation(QuoteSegment segment, DocumentView doc) {
        int sentence = doc.sentenceOf(segment);
        return sentence >= 0 && doc.isOnlyQuotation(sentence);
    }

    /** True when every token of the paragraph outside quotes is punctuation. */
    private static boolean onlyQuotation(int paragraph, DocumentView doc) {
        boolean any = false;
        for (int sentence = 0; sentence < doc.sentenceCount(); sentence++) {
            if (doc.paragraphOfSentence(sentence) == paragraph) {
                if (!doc.isOnlyQuotation(sentence)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    @Override
    public String name() {
        return "quotes";
    }
}
