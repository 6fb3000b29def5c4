package org.newspipeline.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.learn.WeightFile;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.Token;

/**
 * How likely an attribution is right: a logistic regression over what is known of it (the rule that found it, its
 * kind, its source and speaker, its cue and the fitted share of the cue's verb as a cue, the length and shape of its
 * content) gives the probability that annotators of news mark the same content (half of the larger of the two
 * contents shared) and, when it names a source, the same source. The weights are fitted by the project's training
 * program ({@code TrainAttributionConfidence}) on attributions the pipeline found in annotated articles its tagger
 * was not fitted on, and shipped as the resource {@value #RESOURCE} of {@code models-config}, a {@link WeightFile}
 * of version {@value #VERSION}. The probability becomes each attribution's {@link Attribution#confidence()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributionConfidence {

    /** The resource the pipeline loads. */
    public static final String RESOURCE = "attribution-confidence.tsv";
    /** The version of the file format and of the feature set this class reads. */
    public static final int VERSION = 1;

    /** Rules of the quotes that are rare enough to share one weight. */
    private static final Set<AttributionRule> OTHER_QUOTE_RULES = Set.of(AttributionRule.TRANSCRIPT_LABEL,
            AttributionRule.CREDIT_LINE, AttributionRule.TRAILING_CLAUSE, AttributionRule.COLON_PARAGRAPH,
            AttributionRule.HEADLINE_COLON, AttributionRule.CONTINUATION, AttributionRule.REPEATED_QUOTE);
    /** The rules with a weight of their own; the commonest, {@code REPORTED_AFTER_CUE}, is the reference. */
    private static final List<AttributionRule> OWN_RULES = List.of(AttributionRule.CUE_AFTER_QUOTE,
            AttributionRule.CUE_BEFORE_QUOTE, AttributionRule.REPORTED_SPEECH, AttributionRule.ACCORDING_TO,
            AttributionRule.REPORTED_BEFORE_CUE, AttributionRule.REPORTED_AROUND_CUE, AttributionRule.SUBJECT_CUE,
            AttributionRule.NONE);
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "what", "how", "why", "if", "who", "when",
            "where", "which");
    /** Cue lemmas that report speech itself, the commonest cues. */
    private static final Set<String> SPEECH_CUES = Set.of("say", "tell", "accord");
    /** Content of fewer characters than this is short: a name or a noun phrase rather than a clause. */
    private static final int SHORT_CONTENT_CHARS = 15;

    /** The feature names, in the order of {@link #features}. */
    public static final List<String> FEATURES;

    static {
        List<String> names = new ArrayList<>(List.of("bias"));
        OWN_RULES.forEach(r -> names.add("rule_" + r.name().toLowerCase(Locale.ROOT)));
        names.addAll(List.of("rule_other_quote", "kind_direct", "kind_mixed", "speaker_person",
                "speaker_organization", "speaker_group", "speaker_other", "source_unresolved", "source_pronoun",
                "source_relative", "no_cue", "cue_speech", "cue_share", "cue_unknown", "cue_log_words",
                "log_chars", "short", "pieces", "opens_that", "opens_question", "opens_to", "sentences",
                "holds_quotes", "cue_before", "cue_after", "log_gap_words"));
        FEATURES = List.copyOf(names);
    }

    private final LinearModel model;

    /**
     * @param weights one weight per feature of {@link #FEATURES}
     * @throws IllegalArgumentException if the count differs
     */
    public AttributionConfidence(double[] weights) {
        this(new LinearModel(FEATURES, weights, VERSION, "attribution confidence model"));
    }

    private AttributionConfidence(LinearModel model) {
        this.model = model;
    }

    /**
     * @return the fitted model of {@code models-config}
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static AttributionConfidence english() {
        return new AttributionConfidence(LinearModel.resource(RESOURCE, FEATURES, VERSION,
                "attribution confidence model"));
    }

    /**
     * @param in the stream; not closed
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if the file is malformed (see {@link WeightFile#read})
     */
    public static AttributionConfidence read(InputStream in) throws IOException {
        return new AttributionConfidence(LinearModel.read(in, FEATURES, VERSION, "attribution confidence model"));
    }

    /**
     * @param out     where to write; not closed
     * @param comment comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        model.write(out, comment);
    }

    /**
     * @param attribution an attribution of the document
     * @param ling        the document's words
     * @param lexicon     the word lists, whose cue shares the model reads
     * @return the probability that the attribution is right, in [0, 1]
     */
    public double of(Attribution attribution, Linguistics ling, Lexicon lexicon) {
        return model.probability(features(attribution, ling, lexicon));
    }

    /**
     * @param found   what the quote rules and the tagger found in a document
     * @param ling    the document's words
     * @param lexicon the word lists
     * @return the same with each attribution's confidence the fitted probability
     */
    QuotesAndSpeakers rescored(QuotesAndSpeakers found, Linguistics ling, Lexicon lexicon) {
        List<Attribution> out = new ArrayList<>(found.attributions().size());
        for (Attribution a : found.attributions()) {
            out.add(new Attribution(a.index(), a.content(), a.kind(), a.speaker(), a.source(), a.cue(), a.rule(),
                    of(a, ling, lexicon), a.quoteIndices()));
        }
        return new QuotesAndSpeakers(found.quotes(), out, found.speakers());
    }

    /**
     * The features of an attribution, in the order of {@link #FEATURES}; its own confidence is not read.
     *
     * @param a       an attribution of the document
     * @param ling    the document's words, with offsets in the same text as the attribution's
     * @param lexicon the word lists, whose cue shares are read
     * @return one value per feature
     */
    public static double[] features(Attribution a, Linguistics ling, Lexicon lexicon) {
        double[] x = new double[FEATURES.size()];
        int k = 0;
        x[k++] = 1;
        for (AttributionRule r : OWN_RULES) {
            x[k++] = a.rule() == r ? 1 : 0;
        }
        x[k++] = OTHER_QUOTE_RULES.contains(a.rule()) ? 1 : 0;
        x[k++] = a.kind() == AttributionKind.DIRECT ? 1 : 0;
        x[k++] = a.kind() == AttributionKind.MIXED ? 1 : 0;
        Optional<Speaker> speaker = a.speaker();
        String type = speaker.map(s -> s.type().name()).orElse("");
        x[k++] = type.equals("PERSON") ? 1 : 0;
        x[k++] = type.equals("ORGANIZATION") ? 1 : 0;
        x[k++] = type.equals("GROUP") ? 1 : 0;
        x[k++] = type.equals("GPE") || type.equals("OTHER") ? 1 : 0;
        String source = a.source().map(Mention::text).orElse("").strip().toLowerCase(Locale.ROOT);
        x[k++] = a.source().isPresent() && speaker.isEmpty() ? 1 : 0;
        x[k++] = lexicon.pronouns().containsKey(source) ? 1 : 0;
        x[k++] = RELATIVES.contains(source) ? 1 : 0;
        List<Token> cue = a.cue().map(c -> tokensIn(ling, c)).orElse(List.of());
        double share = cueShare(cue, lexicon);
        x[k++] = a.cue().isEmpty() ? 1 : 0;
        x[k++] = cue.stream().anyMatch(t -> SPEECH_CUES.contains(lemma(t, lexicon))) ? 1 : 0;
        x[k++] = share;
        x[k++] = a.cue().isPresent() && share == 0 ? 1 : 0;
        x[k++] = Math.log1p(cue.size());
        String text = a.text().strip();
        x[k++] = Math.log1p(text.length());
        x[k++] = text.length() < SHORT_CONTENT_CHARS ? 1 : 0;
        x[k++] = a.content().size() > 1 ? 1 : 0;
        List<Token> content = tokensIn(ling, a.extent());
        String first = content.stream().filter(t -> !t.isPunctuation()).findFirst()
                .map(t -> t.word().toLowerCase(Locale.ROOT)).orElse("");
        x[k++] = first.equals("that") ? 1 : 0;
        x[k++] = QUESTION_WORDS.contains(first) ? 1 : 0;
        x[k++] = first.equals("to") ? 1 : 0;
        x[k++] = content.isEmpty() ? 0
                : Math.log(1 + content.get(content.size() - 1).sentenceIndex() - content.get(0).sentenceIndex());
        x[k++] = a.quoteIndices().isEmpty() ? 0 : 1;
        Span extent = a.extent();
        boolean before = a.cue().isPresent() && a.cue().get().end() <= extent.start();
        boolean after = a.cue().isPresent() && a.cue().get().start() >= extent.end();
        x[k++] = before ? 1 : 0;
        x[k++] = after ? 1 : 0;
        int gap = 0;
        if (before) {
            gap = tokensIn(ling, new Span(a.cue().get().end(), extent.start())).size();
        } else if (after) {
            gap = tokensIn(ling, new Span(extent.end(), a.cue().get().start())).size();
        }
        x[k++] = Math.log1p(gap);
        assert k == x.length;
        return x;
    }

    /** The fitted cue share of the first token of the cue that the lexicon knows, "according to" included. */
    private static double cueShare(List<Token> cue, Lexicon lexicon) {
        for (int i = 0; i < cue.size(); i++) {
            String lemma = lemma(cue.get(i), lexicon);
            Double share = lexicon.attributionCues().get(lemma);
            if (share == null && i + 1 < cue.size()) {
                share = lexicon.phrasalCues().get(lemma + " " + cue.get(i + 1).word().toLowerCase(Locale.ROOT));
            }
            if (share != null) {
                return share;
            }
        }
        return 0;
    }

    private static String lemma(Token t, Lexicon lexicon) {
        return ReportedSpeechFinder.cueLemma(lexicon, t.word().toLowerCase(Locale.ROOT), t.lemma());
    }

    /** The tokens that lie inside a span, in text order. */
    private static List<Token> tokensIn(Linguistics ling, Span span) {
        List<Token> tokens = ling.tokens();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }

    @Override
    public String toString() {
        return "AttributionConfidence(" + FEATURES.size() + " features)";
    }
}
