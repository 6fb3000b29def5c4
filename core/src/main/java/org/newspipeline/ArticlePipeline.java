package org.newspipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.corenlp.CoreNlpAnalyzer;
import org.newspipeline.entities.Entities;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.html.HtmlExtractor;
import org.newspipeline.html.HtmlText;
import org.newspipeline.language.LanguageGuess;
import org.newspipeline.language.LanguageIdentifier;
import org.newspipeline.language.LanguageReading;
import org.newspipeline.metadata.MetadataWords;
import org.newspipeline.metadata.TextMetadataReader;
import org.newspipeline.model.Article;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataSource;
import org.newspipeline.model.Paragraph;
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
 *   <li>Immutable and thread-safe: share one instance between all threads. Concurrent calls give exactly the
 *       {@code equals} articles that one thread calling in turn would get (tested with 8 threads on one pipeline).
 *       The CoreNLP models behind it are loaded once per JVM and shared by every pipeline built with the same
 *       settings.</li>
 *   <li>{@code annotate} never changes its input and throws nothing checked; every offset of the result points
 *       into the string it was given.</li>
 * </ul>
 *
 * <p>Input contract of {@link #annotate(String)}:
 * <ul>
 *   <li>{@code null}: a {@link NullPointerException} with a message.</li>
 *   <li>Empty or blank text (white space, control and zero-width characters only): an article with empty lists.</li>
 *   <li>Longer than {@link #maxInputChars()} chars (UTF-16 {@code char}s, as {@link String#length()} counts):
 *       an {@link IllegalArgumentException} naming the limit and the length. The limit itself is accepted. Text
 *       is never truncated: split a longer document yourself or raise the limit.</li>
 *   <li>Anything else gives an article, whatever it holds: CR, CRLF or Unicode line ends, tabs and no-break
 *       spaces, emoji and other characters outside the BMP, unpaired surrogates, unbalanced, nested, TeX-style
 *       ({@code ``...''}) or straight quote marks used as inches and apostrophes, pasted markup tags, random bytes
 *       decoded as UTF-8, text in other languages. No text is dropped silently: every character that is not
 *       blank lies in exactly one body paragraph or one boilerplate block (with its reason). A quote never
 *       leaves its paragraph, quotes never overlap, and a quote gets a speaker only from English reporting
 *       words, so text in another language gets quotes but no speakers.</li>
 *   <li>Time and memory grow in proportion to the length: about 35 s for 1,000,000 chars on 2 cores, and the
 *       longest default input (1,000,000 chars, even as one sentence) fits in a 1.2 GB heap.</li>
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
    private final LanguageIdentifier language;
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();
    private final TextMetadataReader textMetadata = new TextMetadataReader(MetadataWords.standard());

    ArticlePipeline(int maxInputChars, TextNormalizer normalizer, BoilerplateRemover boilerplate,
                    CoreNlpAnalyzer analyzer, EntityGrouper entities, QuoteAttributor quotes,
                    LanguageIdentifier language) {
        this.maxInputChars = maxInputChars;
        this.language = language;
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.analyzer = analyzer;
        this.entities = entities;
        this.quotes = quotes;
    }

    /**
     * Annotates one article given as plain text (the visible text of a page, clutter and all). See the input
     * contract in the class documentation: any non-null text up to {@link #maxInputChars()} chars gives an
     * article. Safe to call from many threads at once.
     *
     * @param text the article; its line breaks separate paragraphs and blocks
     * @return the annotated article; an article with empty lists when {@code text} is empty or blank
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link #maxInputChars()} (the message names
     *                                  both numbers); text of exactly that length is accepted
     */
    public Article annotate(String text) {
        Objects.requireNonNull(text, "text must not be null");
        checkLength(text);
        if (text.isBlank()) {
            return Article.empty(text);
        }
        long start = System.nanoTime();
        NormalizedText normalized = normalizer.apply(text);
        BodyText body = boilerplate.apply(normalized);
        int bodyStart = body.paragraphs().isEmpty() ? text.length() : body.paragraphs().get(0).span().start();
        return analyse(body, textMetadata.read(text, bodyStart), start);
    }

    /**
     * Annotates one article given as the HTML of its page. The page's visible text is extracted first, one block
     * per line (scripts, styles and hidden elements left out); the markup then helps to tell the article from
     * the page's clutter (link density, navigation, footer, sidebar and comment containers, the main content
     * container, JSON-LD {@code articleBody}), and the rest runs as for {@link #annotate(String)}.
     *
     * <p>The result's {@link Article#text()} is that extracted visible text, not the HTML: every offset points
     * into it, and blocks the markup marks as clutter are listed in {@link Article#boilerplate()}. Its
     * {@link Article#metadata()} holds what the markup says about the article.
     *
     * @param html the page's HTML (any encoding already decoded)
     * @return the annotated article; an article with empty lists when the page has no visible text
     * @throws NullPointerException     if {@code html} is null
     * @throws IllegalArgumentException if the page's visible text is longer than {@link #maxInputChars()} (the limit
     *                                  applies to that text, not to the markup around it)
     */
    public Article annotateHtml(String html) {
        Objects.requireNonNull(html, "html must not be null");
        long start = System.nanoTime();
        HtmlText page = htmlExtractor.apply(html);
        checkLength(page.text());
        if (page.text().isBlank()) {
            return new Article(page.text(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    page.metadata());
        }
        NormalizedText normalized = normalizer.apply(page.text());
        return analyse(boilerplate.apply(normalized, page.hints()), page.metadata(), start);
    }

    /**
     * Annotates one article given as the bytes of its page, decoded as a browser does (see {@link HtmlBytes}): a
     * byte order mark, then the page's {@code <meta>} charset declaration, then UTF-8 (windows-1252 for bytes that
     * are not UTF-8). Otherwise as {@link #annotateHtml(String)}.
     *
     * @param html the page as served, in any charset
     * @return the annotated article
     * @throws NullPointerException     if {@code html} is null
     * @throws IllegalArgumentException if the page's visible text is longer than {@link #maxInputChars()}
     */
    public Article annotateHtml(byte[] html) {
        Objects.requireNonNull(html, "html must not be null");
        return annotateHtml(HtmlBytes.decode(html));
    }

    /**
     * Annotates one article read from a stream of its page's bytes, decoded as {@link #annotateHtml(byte[])} does.
     * The stream is read to its end and not closed.
     *
     * @param html the page as served, in any charset
     * @return the annotated article
     * @throws NullPointerException         if {@code html} is null
     * @throws java.io.UncheckedIOException if the stream cannot be read
     * @throws IllegalArgumentException     if the page's visible text is longer than {@link #maxInputChars()}
     */
    public Article annotateHtml(java.io.InputStream html) {
        Objects.requireNonNull(html, "html must not be null");
        return annotateHtml(HtmlBytes.decode(html));
    }

    private Article analyse(BodyText body, Metadata metadata, long start) {
        String text = body.text().original();
        // The body's language decides, when the detector is sure of it: a page's markup may name another.
        // unsure of the language, it is still read as English unless the detector finds it surely not English
        LanguageReading reading = language.read(sample(body));
        Optional<LanguageGuess> guess = reading.guess();
        Linguistics ling = analyzer.apply(body, reading.english());
        Entities found = entities.apply(ling);
        QuotesAndSpeakers attributed = quotes.apply(new QuoteInput(ling, found));
        Article article = new Article(text, body.paragraphs(),
                HeadlineBlocks.marked(body.boilerplate(), metadata.headline()), ling.sentences(),
                found.entities(), attributed.quotes(), attributed.attributions(), attributed.speakers(),
                guess.map(g -> metadata.withLanguage(g.code(), MetadataSource.DETECTED)).orElse(metadata));
        if (log.isDebugEnabled()) {
            log.debug("Annotated {} chars in {} ms: {}", text.length(), (System.nanoTime() - start) / 1_000_000,
                    article);
        }
        return article;
    }

    /** The body's first paragraphs, as much as the language detector reads. */
    private static String sample(BodyText body) {
        StringBuilder sample = new StringBuilder();
        for (Paragraph p : body.paragraphs()) {
            if (sample.length() >= LanguageIdentifier.SAMPLE_CHARS) {
                break;
            }
            sample.append(p.text()).append('\n');
        }
        return sample.toString();
    }

    private void checkLength(String input) {
        if (input.length() > maxInputChars) {
            throw new IllegalArgumentException("Input of " + input.length() + " chars exceeds the limit of "
                    + maxInputChars + " chars; raise it with NewsPipeline.builder().maxInputChars(...)");
        }
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
     * not copied, so more threads cost little memory. More threads than cores brings no gain. On several threads
     * the longest texts start first, which keeps the threads busy to the end of the batch.
     *
     * @param texts   the articles; the list is read once, at the start
     * @param threads how many threads annotate at the same time, at least 1
     * @return an unmodifiable list of their annotations, in the same order as {@code texts}
     * @throws NullPointerException     if {@code texts} or one of its elements is null (the message names the index)
     * @throws IllegalArgumentException if {@code threads < 1}, or if one text is longer than
     *                                  {@link #maxInputChars()} (the message names the index)
     * @throws BatchAnnotationException if annotating a text fails: it names the first failing index and carries
     *                                  the original exception; the texts not yet started are skipped
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while waiting (its
     *                                  interrupt flag is set again)
     */
    public List<Article> annotateAll(List<String> texts, int threads) {
        return BatchAnnotator.annotateAll(texts, threads, maxInputChars, this::annotate);
    }

    /** @return the longest text, in chars, that {@link #annotate(String)} accepts (for HTML: the visible text) */
    public int maxInputChars() {
        return maxInputChars;
    }
}
