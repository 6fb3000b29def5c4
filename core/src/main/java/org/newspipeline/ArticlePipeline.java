package org.newspipeline;

import java.util.List;
import java.util.Objects;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.corenlp.CoreNlpAnalyzer;
import org.newspipeline.entities.Entities;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.model.Article;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.NormalizedText;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.quotes.QuoteAttributor;
import org.newspipeline.quotes.QuoteInput;
import org.newspipeline.quotes.QuotesAndSpeakers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured news pipeline: text in, {@link Article} out. Build one with {@link NewsPipeline#builder()}.
 *
 * <pre>{@code
 * ArticlePipeline pipeline = NewsPipeline.builder().maxInputChars(2_000_000).build();
 * Article article = pipeline.annotate(text);
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Immutable and thread-safe: share one instance between all threads. The CoreNLP models behind it are
 *       loaded once per JVM and shared by every pipeline built with the same settings.</li>
 *   <li>{@code annotate} never changes its input and throws nothing checked; every offset of the result points
 *       into the string it was given.</li>
 * </ul>
 */
public final class ArticlePipeline {

    private static final Logger log = LoggerFactory.getLogger(ArticlePipeline.class);

    private final int maxInputChars;
    private final TextNormalizer normalizer;
    private final BoilerplateRemover boilerplate;
    private final CoreNlpAnalyzer analyzer;
    private final EntityGrouper entities;
    private final QuoteAttributor quotes;

    ArticlePipeline(int maxInputChars, TextNormalizer normalizer, BoilerplateRemover boilerplate,
                    CoreNlpAnalyzer analyzer, EntityGrouper entities, QuoteAttributor quotes) {
        this.maxInputChars = maxInputChars;
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.analyzer = analyzer;
        this.entities = entities;
        this.quotes = quotes;
    }

    /**
     * Annotates one article given as plain text (the visible text of a page, clutter and all).
     *
     * @param text the article; its line breaks separate paragraphs and blocks
     * @return the annotated article; an article with empty lists when {@code text} is empty or blank
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link #maxInputChars()}
     */
    public Article annotate(String text) {
        Objects.requireNonNull(text, "text must not be null");
        if (text.length() > maxInputChars) {
            throw new IllegalArgumentException("Input of " + text.length() + " chars exceeds the limit of "
                    + maxInputChars + " chars; raise it with NewsPipeline.builder().maxInputChars(...)");
        }
        if (text.isBlank()) {
            return Article.empty(text);
        }
        long start = System.nanoTime();
        NormalizedText normalized = normalizer.apply(text);
        BodyText body = boilerplate.apply(normalized);
        Linguistics ling = analyzer.apply(body);
        Entities found = entities.apply(ling);
        QuotesAndSpeakers attributed = quotes.apply(new QuoteInput(ling, found));
        Article article = new Article(text, body.paragraphs(), body.boilerplate(), ling.sentences(),
                found.entities(), attributed.quotes(), attributed.speakers());
        if (log.isDebugEnabled()) {
            log.debug("Annotated {} chars in {} ms: {}", text.length(), (System.nanoTime() - start) / 1_000_000,
                    article);
        }
        return article;
    }

    /**
     * Annotates several articles, one after another, in the calling thread. Same as
     * {@link #annotateAll(List, int) annotateAll(texts, 1)}.
     *
     * @param texts the articles
     * @return their annotations, in the same order
     * @throws NullPointerException     if {@code texts} or one of its elements is null
     * @throws IllegalArgumentException if one text is longer than {@link #maxInputChars()}
     * @throws BatchAnnotationException if annotating one of the texts fails
     */
    public List<Article> annotateAll(List<String> texts) {
        return annotateAll(texts, 1);
    }

    /**
     * Annotates several articles on {@code threads} threads that share this pipeline, and returns the results in
     * input order: element {@code i} equals {@code annotate(texts.get(i))}.
     *
     * <p>Every text is checked before any work starts. The threads are made for this call and stopped before it
     * returns; with one thread (or one text) everything runs in the calling thread. The CoreNLP models are shared,
     * not copied, so more threads cost little memory. More threads than cores brings no gain.
     *
     * @param texts   the articles; the list is read once, at the start
     * @param threads how many threads annotate at the same time, at least 1
     * @return an unmodifiable list of their annotations, in the same order as {@code texts}
     * @throws NullPointerException     if {@code texts} or one of its elements is null (the message names the index)
     * @throws IllegalArgumentException if {@code threads < 1}, or if one text is longer than
     *                                  {@link #maxInputChars()} (the message names the index)
     * @throws BatchAnnotationException if annotating a text fails: it names the first failing index and carries
     *                                  the original exception; the texts not yet started are cancelled
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while waiting (its
     *                                  interrupt flag is set again)
     */
    public List<Article> annotateAll(List<String> texts, int threads) {
        return BatchAnnotator.annotateAll(texts, threads, maxInputChars, this::annotate);
    }

    /** @return the longest input, in chars, that {@link #annotate(String)} accepts */
    public int maxInputChars() {
        return maxInputChars;
    }
}
