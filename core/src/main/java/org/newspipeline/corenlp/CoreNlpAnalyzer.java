package org.newspipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntFunction;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.MarkupTags;
import org.newspipeline.pipeline.Stage;
import org.newspipeline.pipeline.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs CoreNLP (sentences, part-of-speech tags, lemmas, named entities) on the body paragraphs only and copies
 * the result into {@link Sentence} and {@link Token} records with offsets in the original text.
 *
 * <p>CoreNLP reads a copy of the normalised text in which everything but the body is blanked out, so its
 * character offsets are offsets into the original input and a removed block can never join a sentence. With the
 * property {@code ssplit.newlineIsSentenceBreak=always} a paragraph break always ends a sentence. Markup tags
 * pasted into the text ({@link MarkupTags}) are blanked too, so no tag becomes a token, a name or a speaker. A
 * stretch of more than {@value #MAX_SENTENCE_CHARS} chars without a sentence end is cut into sentences of at most
 * that length (see {@link #breakLongSentences}), so no input makes the tagger run out of memory. The taggers run
 * on a few sentences at a time within an {@link AnalysisBudget} of processor time proportional to the text's
 * length: text made to be slow to tag (hundreds of thousands of one-letter or unknown words) keeps its sentences
 * and tokens past the budget, but without tags, lemmas or entities; such sentences say so
 * ({@link Sentence#tagged()}) and a warning is logged. Prose never comes near the budget. A body that is not in
 * English is only tokenized ({@link #apply(BodyText, boolean)}). A property set that names annotators beyond
 * tokenize, ssplit, pos, lemma and ner is run whole on the text, without budget or batches, since such an
 * annotator may read the whole document.
 *
 * <p>Immutable and thread-safe: the underlying CoreNLP pipeline is shared by every analyzer built with the same
 * properties, and its annotators keep no per-document state.
 */
public final class CoreNlpAnalyzer implements Stage<BodyText, Linguistics> {

    /** The longest stretch CoreNLP reads as one sentence: a few hundred tokens of prose. */
    static final int MAX_SENTENCE_CHARS = 500;

    /** The taggers run on this many chars of sentences at a time, so that the budget is checked often. */
    static final int BATCH_CHARS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(CoreNlpAnalyzer.class);
    /** Words whose full stop may stand right before a capitalised word: "Mrs.Lee". */
    private static final Set<String> ABBREVIATIONS = ConfigResources.wordSet("abbreviations.txt");
    /** The budget of a body that is not to be tagged at all. */
    private static final AnalysisBudget NOT_TAGGED = () -> true;

    /** Cue words that may follow a quotation's closing mark with its speaker: "...?" he asked. */
    private static final Set<String> CLOSING_CUES = Set.of("said", "says", "asked", "asks", "told", "added", "wrote",
            "writes", "replied", "recalled", "shouted", "wondered");
    /** How many words after a quotation's closing mark {@link #CLOSING_CUES} are sought in. */
    private static final int CUE_WORDS = 5;

    private final CoreNlpStages pipeline;
    private final IntFunction<AnalysisBudget> budgets;

    /**
     * Loads (or reuses) the CoreNLP models the properties name.
     *
     * @param properties CoreNLP properties; must include tokenize, ssplit, pos, lemma and ner
     */
    public CoreNlpAnalyzer(Properties properties) {
        this(properties, AnalysisBudget::forChars);
    }

    /** With the budget for a text of the given length made by {@code budgets} (tests spend it early). */
    CoreNlpAnalyzer(Properties properties, IntFunction<AnalysisBudget> budgets) {
        this.pipeline = CoreNlpModels.pipeline(properties);
        this.budgets = budgets;
    }

    @Override
    public Linguistics apply(BodyText body) {
        return apply(body, true);
    }

    /**
     * @param body the body to analyse
     * @param tag  false to give sentences and tokens only, without tags, lemmas or entities: for a body that is
     *             not in English, which the English models would only get wrong, and slowly
     * @return the sentences and tokens
     */
    public Linguistics apply(BodyText body, boolean tag) {
        if (body.paragraphs().isEmpty()) {
            return new Linguistics(body, List.of(), List.of());
        }
        String original = body.text().original();
        String analysed = bodyOnly(body);
        AnalysisBudget budget = tag ? budgets.apply(analysed.length()) : NOT_TAGGED;
        Annotation annotation = new Annotation(analysed);
        List<CoreMap> coreSentences = tagWithin(annotation, budget);

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int paragraph = 0;
        for (CoreMap coreSentence : coreSentences) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            boolean tagged = coreSentence.containsKey(Tagged.class);
            int sentenceIndex = sentences.size();
            for (CoreLabel label : labels) {
                Span span = new Span(label.beginPosition(), label.endPosition());
                tokens.add(new Token(tokens.size(), sentenceIndex, span, span.of(original),
                        orEmpty(label.tag()), orEmpty(label.lemma()).toLowerCase(Locale.ROOT),
                        label.ner() == null ? "O" : label.ner()));
            }
            Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
            while (paragraph + 1 < body.paragraphs().size()
                    && body.paragraphs().get(paragraph).span().end() <= span.start()) {
                paragraph++;
            }
            sentences.add(new Sentence(sentenceIndex, paragraph, span, span.of(original), tagged));
        }
        return new Linguistics(body, sentences, tokens);
    }

    /** Marks a CoreNLP sentence that went through the taggers. */
    private static final class Tagged implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /**
     * Tokenizes the whole text, then tags its sentences batch by batch while the budget lasts. The sentences after
     * the budget is spent keep their tokens without tags, lemmas or entities, and are logged.
     *
     * @return CoreNLP's sentences, those tagged marked with {@link Tagged}
     */
    private List<CoreMap> tagWithin(Annotation annotation, AnalysisBudget budget) {
        List<CoreMap> all;
        if (!pipeline.sentenceLocal()) {
            pipeline.annotate(annotation);
            all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
            all.forEach(s -> s.set(Tagged.class, true));
            return all;
        }
        pipeline.tokenizer().annotate(annotation);
        all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        int next = 0;
        while (next < all.size() && !budget.spent()) {
            int end = next;
            int chars = 0;
            List<CoreLabel> tokens = new ArrayList<>();
            while (end < all.size() && (end == next || chars < BATCH_CHARS)) {
                List<CoreLabel> labels = all.get(end).get(CoreAnnotations.TokensAnnotation.class);
                tokens.addAll(labels);
                if (!labels.isEmpty()) {
                    chars += labels.get(labels.size() - 1).endPosition() - labels.get(0).beginPosition();
                }
                end++;
            }
            Annotation batch = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
            batch.set(CoreAnnotations.SentencesAnnotation.class, all.subList(next, end));
            batch.set(CoreAnnotations.TokensAnnotation.class, tokens);
            pipeline.taggers().annotate(batch);
            all.subList(next, end).forEach(s -> s.set(Tagged.class, true));
            next = end;
        }
        if (next < all.size() && budget != NOT_TAGGED) {
            log.warn("Tagging stopped after {} of {} sentences: the time allowed for {} chars was spent; the rest of"
                    + " the text has sentences and tokens but no tags, lemmas or entities", next, all.size(),
                    annotation.get(CoreAnnotations.TextAnnotation.class).length());
        }
        return all;
    }

    /**
     * The normalised text with every character outside the body paragraphs, and every markup tag inside them,
     * turned into a blank.
     */
    private static String bodyOnly(BodyText body) {
        String normalized = body.text().normalized();
        char[] chars = new char[normalized.length()];
        Arrays.fill(chars, ' ');
        for (int i = 0; i < chars.length; i++) {
            if (normalized.charAt(i) == '\n') {
                chars[i] = '\n';
            }
        }
        for (Paragraph p : body.paragraphs()) {
            int start = p.span().start();
            normalized.getChars(start, p.span().end(), chars, start);
            boolean[] tags = MarkupTags.mask(p.span().of(normalized));
            for (int i = 0; i < tags.length; i++) {
                if (tags[i]) {
                    chars[start + i] = ' ';
                }
            }
            breakRunOnSentences(chars, start, p.span().end());
            breakBeforeOpeningQuotes(chars, start, p.span().end());
            joinQuestionsToTheirCues(chars, start, p.span().end());
            breakLongSentences(chars, start, p.span().end());
        }
        return new String(chars);
    }

    /**
     * Ends a sentence that runs into the next without a blank ("...the mayor said.Critics ...", as text copied from
     * a page often has where two blocks met) with a line break in place of its full stop, question or exclamation
     * mark: a mark after a word of two letters or more whose last is lower case, before a capital and a lower-case
     * letter, unless the word is an abbreviation ({@code abbreviations.txt}: "Mrs.Lee"). CoreNLP's tokenizer
     * otherwise reads "said.Critics" as one word and the two sentences as one. The break takes the mark's place, so
     * offsets do not move.
     */
    static void breakRunOnSentences(char[] chars, int start, int end) {
        for (int i = start + 2; i + 2 < end; i++) {
            char c = chars[i];
            if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(chars[i - 1])
                    && Character.isLetter(chars[i - 2]) && Character.isUpperCase(chars[i + 1])
                    && Character.isLowerCase(chars[i + 2]) && !ABBREVIATIONS.contains(wordBefore(chars, start, i))) {
                chars[i] = '\n';
            }
        }
    }

    /**
     * Ends a sentence at a full stop that closes an abbreviation when a quotation opens after it ("...," said Sen. Roy
     * Barnes, R-Okla. "But we should pay for it."): a word of two letters or more, the stop, one blank, an opening
     * quotation mark and a capital. CoreNLP's tokenizer keeps such a stop in the abbreviation's word and runs the
     * sentence on into the quote, so the quote fell into its speaker's sentence. The blank becomes a line break, so
     * offsets do not move; titles before a name ({@code abbreviations.txt}: {@code Gov. "Chip" Lee}) and initials
     * ({@code C.L. "Butch" Otter}) are left alone.
     *
     * <p>The same break goes before two apostrophes that open a quotation after any sentence end ("...," he said.
     * ''But ...", as some outlets write quotation marks): CoreNLP's tokenizer reads two apostrophes as a closing mark
     * and leaves them at the end of the sentence before, so the next sentence lost its opening mark and the two
     * quotations of a speaker ran together.
     */
    static void breakBeforeOpeningQuotes(char[] chars, int start, int end) {
        for (int i = start + 1; i + 3 < end; i++) {
            if (chars[i] == '.' && chars[i + 1] == ' ' && (chars[i + 2] == '"' || chars[i + 2] == '\u201C')
                    && Character.isUpperCase(chars[i + 3])) {
                String word = wordBefore(chars, start, i);
                if (word.length() >= 2 && !ABBREVIATIONS.contains(word)) {
                    chars[i + 1] = '\n';
                }
            } else if ((chars[i] == '.' || chars[i] == '?' || chars[i] == '!')
                    && chars[i + 1] == ' ' && i + 4 < end && chars[i + 2] == '\'' && chars[i + 3] == '\''
                    && Character.isLetterOrDigit(chars[i + 4])
                    && (chars[i] != '.' || !ABBREVIATIONS.contains(wordBefore(chars, start, i)))) {
                chars[i + 1] = '\n';
            }
        }
    }

    /**
     * Keeps a quotation that ends in a question or exclamation mark in one sentence with the cue after it
     * ({@code "Why now?" he asked.}, {@code ''Is it over?'' Ms. Berg said.}): CoreNLP ends the sentence at the mark,
     * so the cue's sentence had no content and a second quotation went to the speaker of the first. The mark becomes
     * a comma in the text CoreNLP reads when a cue word ({@link #CLOSING_CUES}) follows the closing marks within
     * {@value #CUE_WORDS} words; offsets do not move, and tokens keep the original's words.
     */
    static void joinQuestionsToTheirCues(char[] chars, int start, int end) {
        for (int i = start; i + 3 < end; i++) {
            if (chars[i] != '?' && chars[i] != '!') {
                continue;
            }
            int k = i + 1;
            int marks = 0;
            while (k < end && (chars[k] == '"' || chars[k] == '\u201D' || chars[k] == '\'')) {
                k++;
                marks++;
            }
            if (marks == 0 || k + 1 >= end || chars[k] != ' ' || !Character.isLetter(chars[k + 1])) {
                continue;
            }
            if (cueSoon(chars, k + 1, end)) {
                chars[i] = ',';
            }
        }
    }

    /**
     * Whether a cue word comes within {@value #CUE_WORDS} words from {@code from}, before any punctuation but the
     * full stop of a short abbreviation ("Ms.", "Sen.").
     */
    private static boolean cueSoon(char[] chars, int from, int end) {
        int k = from;
        for (int words = 0; words < CUE_WORDS && k < end; words++) {
            int w = k;
            while (k < end && (Character.isLetter(chars[k]) || chars[k] == '.' && k + 1 < end && chars[k + 1] == ' '
                    && k - w <= 3)) {
                k++;
            }
            String word = new String(chars, w, k - w).toLowerCase(Locale.ROOT);
            if (CLOSING_CUES.contains(word)) {
                return true;
            }
            if (k >= end || chars[k] != ' ') {
                return false;
            }
            k++;
        }
        return false;
    }

    /** The letters just before {@code at}, lower-cased. */
    private static String wordBefore(char[] chars, int start, int at) {
        int k = at;
        while (k > start && Character.isLetter(chars[k - 1])) {
            k--;
        }
        return new String(chars, k, at - k).toLowerCase(Locale.ROOT);
    }

    /**
     * Ends every stretch of a paragraph that runs over {@value #MAX_SENTENCE_CHARS} chars without a sentence end
     * with a line break (which ends a sentence), at the last blank before the bound, or at the last character that
     * is neither letter nor digit when there is no blank. The break takes the place of that one character, so
     * offsets do not move; only a stretch without any blank loses one character to the analysis, every
     * {@value #MAX_SENTENCE_CHARS} chars. CoreNLP's tagger and recogniser then never see a giant sentence, whose
     * memory they cannot bound.
     */
    static void breakLongSentences(char[] chars, int start, int end) {
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                sentenceStart = i + 1;
            } else if (i - sentenceStart >= MAX_SENTENCE_CHARS) {
                int at = breakPoint(chars, sentenceStart, i);
                chars[at] = '\n';
                sentenceStart = at + 1;
            }
        }
    }

    /** The last blank in [from, to], else the last character that is neither letter nor digit, else {@code to}. */
    private static int breakPoint(char[] chars, int from, int to) {
        int other = -1;
        for (int k = to; k > from; k--) {
            if (Character.isWhitespace(chars[k])) {
                return k;
            }
            if (other < 0 && !Character.isLetterOrDigit(chars[k])) {
                other = k;
            }
        }
        return other >= 0 ? other : to;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
