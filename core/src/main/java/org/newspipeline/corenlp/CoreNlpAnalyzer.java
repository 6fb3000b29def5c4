package org.newspipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.MarkupTags;
import org.newspipeline.pipeline.Stage;
import org.newspipeline.pipeline.Token;

/**
 * Runs CoreNLP (sentences, part-of-speech tags, lemmas, named entities) on the body paragraphs only and copies
 * the result into {@link Sentence} and {@link Token} records with offsets in the original text.
 *
 * <p>CoreNLP reads a copy of the normalised text in which everything but the body is blanked out, so its
 * character offsets are offsets into the original input and a removed block can never join a sentence. With the
 * property {@code ssplit.newlineIsSentenceBreak=always} a paragraph break always ends a sentence. Markup tags
 * pasted into the text ({@link MarkupTags}) are blanked too, so no tag becomes a token, a name or a speaker. A
 * stretch of more than {@value #MAX_SENTENCE_CHARS} chars without a sentence end is cut into sentences of at most
 * that length (see {@link #breakLongSentences}), so no input makes the tagger run out of memory or time.
 *
 * <p>Immutable and thread-safe: the underlying CoreNLP pipeline is shared by every analyzer built with the same
 * properties, and its annotators keep no per-document state.
 */
public final class CoreNlpAnalyzer implements Stage<BodyText, Linguistics> {

    /** The longest stretch CoreNLP reads as one sentence: a few hundred tokens of prose. */
    static final int MAX_SENTENCE_CHARS = 500;

    private final AnnotationPipeline pipeline;

    /**
     * Loads (or reuses) the CoreNLP models the properties name.
     *
     * @param properties CoreNLP properties; must include tokenize, ssplit, pos, lemma and ner
     */
    public CoreNlpAnalyzer(Properties properties) {
        this.pipeline = CoreNlpModels.pipeline(properties);
    }

    @Override
    public Linguistics apply(BodyText body) {
        if (body.paragraphs().isEmpty()) {
            return new Linguistics(body, List.of(), List.of());
        }
        String original = body.text().original();
        Annotation annotation = new Annotation(bodyOnly(body));
        pipeline.annotate(annotation);

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int paragraph = 0;
        for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
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
            sentences.add(new Sentence(sentenceIndex, paragraph, span, span.of(original)));
        }
        return new Linguistics(body, sentences, tokens);
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
            breakLongSentences(chars, start, p.span().end());
        }
        return new String(chars);
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
