package org.newspipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.corenlp.CoreNlpAnalyzer;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.entities.NameGenders;
import org.newspipeline.language.LanguageIdentifier;
import org.newspipeline.model.Article;
import org.newspipeline.pipeline.BackgroundLoad;
import org.newspipeline.pipeline.Gender;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.quotes.AttributionConfidence;
import org.newspipeline.quotes.Lexicon;
import org.newspipeline.quotes.QuoteAttributor;
import org.newspipeline.quotes.TaggerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of news-pipeline.
 *
 * <pre>{@code
 * Article article = NewsPipeline.annotate(text);          // the shared default pipeline
 * article.quotes().forEach(q -> System.out.println(
 *         q.text() + " -- " + q.speaker().map(Speaker::name).orElse("(no speaker)")));
 *
 * ArticlePipeline pipeline = NewsPipeline.builder().maxInputChars(2_000_000).build();
 * }</pre>
 *
 * <p>The default pipeline is built on first use (loading the CoreNLP models takes seconds) and then shared by all
 * threads; it is safe as a static singleton. This class has only static members.
 */
public final class NewsPipeline {

    /** The default limit on input length, in chars. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 1_000_000;

    private NewsPipeline() {
    }

    /**
     * Annotates one article with the shared default pipeline. Any non-null text of at most
     * {@link #DEFAULT_MAX_INPUT_CHARS} chars gives an article, whatever it holds; see the input contract of
     * {@link ArticlePipeline}. Safe to call from many threads at once.
     *
     * @param text the article as plain text
     * @return the annotated article; an article with empty lists when {@code text} is empty or blank
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link #DEFAULT_MAX_INPUT_CHARS}
     * @throws IllegalStateException    if the default pipeline cannot be built (see {@link #defaultPipeline()})
     */
    public static Article annotate(String text) {
        return defaultPipeline().annotate(text);
    }

    /**
     * Annotates one article given as the HTML of its page, with the shared default pipeline. The result's
     * {@link Article#text()} is the page's extracted visible text and every offset points into it; see
     * {@link ArticlePipeline#annotateHtml(String)}.
     *
     * @param html the page's HTML
     * @return the annotated article, with the page's metadata
     * @throws NullPointerException     if {@code html} is null
     * @throws IllegalArgumentException if the page's visible text is longer than {@link #DEFAULT_MAX_INPUT_CHARS}
     * @throws IllegalStateException    if the default pipeline cannot be built (see {@link #defaultPipeline()})
     */
    public static Article annotateHtml(String html) {
        return defaultPipeline().annotateHtml(html);
    }

    /**
     * Annotates one article given as the bytes of its page, in whatever charset it was served, with the shared
     * default pipeline; see {@link ArticlePipeline#annotateHtml(byte[])}.
     *
     * @param html the page as served
     * @return the annotated article, with the page's metadata
     * @throws NullPointerException     if {@code html} is null
     * @throws IllegalArgumentException if the page's visible text is longer than {@link #DEFAULT_MAX_INPUT_CHARS}
     * @throws IllegalStateException    if the default pipeline cannot be built (see {@link #defaultPipeline()})
     */
    public static Article annotateHtml(byte[] html) {
        return defaultPipeline().annotateHtml(html);
    }

    /**
     * Annotates one article read from a stream of its page's bytes, with the shared default pipeline; see
     * {@link ArticlePipeline#annotateHtml(java.io.InputStream)}. The stream is read to its end and not closed.
     *
     * @param html the page as served
     * @return the annotated article, with the page's metadata
     * @throws NullPointerException         if {@code html} is null
     * @throws java.io.UncheckedIOException if the stream cannot be read
     * @throws IllegalArgumentException     if the page's visible text is longer than {@link #DEFAULT_MAX_INPUT_CHARS}
     * @throws IllegalStateException        if the default pipeline cannot be built (see {@link #defaultPipeline()})
     */
    public static Article annotateHtml(java.io.InputStream html) {
        return defaultPipeline().annotateHtml(html);
    }

    /**
     * The shared default pipeline, built by the first call that needs it. A build that fails (a model missing from
     * the classpath, too little memory, an interrupt) is reported to that call and leaves nothing behind: the next
     * call tries again.
     *
     * @return the shared default pipeline
     * @throws IllegalStateException if the pipeline cannot be built; its cause says why
     */
    public static ArticlePipeline defaultPipeline() {
        ArticlePipeline pipeline = defaultPipeline;
        if (pipeline != null) {
            return pipeline;
        }
        synchronized (NewsPipeline.class) {
            if (defaultPipeline == null) {
                defaultPipeline = buildDefault(Builder::build);
            }
            return defaultPipeline;
        }
    }

    /**
     * Runs a build of the default pipeline, turning any failure into the documented exception.
     *
     * @param build builds a pipeline from the default builder
     * @return the pipeline
     * @throws IllegalStateException if the build throws anything, with that as its cause
     */
    static ArticlePipeline buildDefault(Function<Builder, ArticlePipeline> build) {
        try {
            return build.apply(new Builder());
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            throw new IllegalStateException("Cannot build the default news pipeline: " + e, e);
        }
    }

    /** @return a new builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an {@link ArticlePipeline}. A builder is mutable and meant for one thread; each setter checks its
     * value at once. {@link #build()} loads the models and word lists, so a missing resource fails there.
     */
    public static final class Builder {

        private static final Logger log = LoggerFactory.getLogger(NewsPipeline.class);

        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

        private Builder() {
        }

        /**
         * @param maxInputChars the longest input {@code annotate} accepts, in chars; longer input is refused with
         *                      an {@link IllegalArgumentException}, never truncated
         * @return this builder
         * @throws IllegalArgumentException if {@code maxInputChars < 1}
         */
        public Builder maxInputChars(int maxInputChars) {
            if (maxInputChars < 1) {
                throw new IllegalArgumentException("maxInputChars must be at least 1, got " + maxInputChars);
            }
            this.maxInputChars = maxInputChars;
            return this;
        }

        /**
         * Loads everything the pipeline needs.
         *
         * @return an immutable, thread-safe pipeline
         * @throws IllegalStateException if a model or word list is missing from the classpath
         */
        public ArticlePipeline build() {
            long start = System.nanoTime();
            Properties props = ConfigResources.properties(ConfigResources.CORENLP_ENGLISH);
            // CoreNLP's models take the longest; the project's own load meanwhile
            BackgroundLoad<CoreNlpAnalyzer> analyzer = BackgroundLoad.start("CoreNLP models",
                    () -> new CoreNlpAnalyzer(props));
            Lexicon lexicon = Lexicon.english();
            Set<String> titles = ConfigResources.wordSet("titles.txt");
            BoilerplateRemover boilerplate = BoilerplateRemover.standard();
            EntityGrouper grouper = new EntityGrouper(titles, lexicon.roleNouns(), lexicon.orgNouns(),
                    ConfigResources.wordSet("company-name-endings.txt"), lexicon.genderedWords(), NameGenders.load());
            QuoteAttributor quotes = new QuoteAttributor(lexicon, Optional.of(TaggerModel.english()),
                    Optional.of(AttributionConfidence.english()));
            LanguageIdentifier language = LanguageIdentifier.load();
            ArticlePipeline pipeline = new ArticlePipeline(maxInputChars, new TextNormalizer(), boilerplate,
                    analyzer.join(), grouper, quotes, language);
            log.info("Built news pipeline in {} ms", (System.nanoTime() - start) / 1_000_000);
            return pipeline;
        }
    }

    /** The default pipeline once built; guarded by the class lock for writing. */
    private static volatile ArticlePipeline defaultPipeline;
}
