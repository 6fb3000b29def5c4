package org.newspipeline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of annotating one news article: its body, the clutter removed around it, sentences, named entities,
 * quotations and their speakers.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Immutable: every list is unmodifiable, contains no null and keeps text order.</li>
 *   <li>Every {@link Span} is {@code [start, end)} in UTF-16 {@code char} indices of {@link #text()}, the exact
 *       string given to {@code annotate}, whatever was normalised inside the pipeline; each record's {@code text}
 *       equals {@code span.of(article.text())}. The constructor checks this.</li>
 *   <li>Value semantics: two articles are {@code equals} when all their components are.</li>
 * </ul>
 *
 * <pre>{@code
 * Article article = NewsPipeline.annotate(text);
 * for (Quote q : article.quotes()) {
 *     System.out.println(q.text() + " -- " + q.speaker().map(Speaker::name).orElse("(no speaker)"));
 * }
 * }</pre>
 *
 * @param text        the original input, unchanged
 * @param body        the paragraphs kept as article text
 * @param boilerplate the blocks removed as page clutter, each with its reason
 * @param sentences   the sentences of the body
 * @param entities    named entities, each grouping its mentions, in order of first mention
 * @param quotes      direct quotations in the body, in text order
 * @param attributions everything the body attributes to a source, quoted or reported, in text order
 * @param speakers    the sources of the attributions, in order of first attribution
 * @param metadata    headline, authors, date, language and canonical URL from the page's markup;
 *                    {@link Metadata#none()} for plain text
 */
public record Article(String text, List<Paragraph> body, List<Boilerplate> boilerplate, List<Sentence> sentences,
                      List<Entity> entities, List<Quote> quotes, List<Attribution> attributions, List<Speaker> speakers,
                      Metadata metadata) {

    /**
     * Copies the lists and checks that every span lies in {@code text} and matches its record's text.
     *
     * @throws NullPointerException     if any component or element is null
     * @throws IllegalArgumentException if a span lies outside {@code text} or a record's text differs from it
     */
    public Article {
        Objects.requireNonNull(text, "text");
        body = List.copyOf(body);
        boilerplate = List.copyOf(boilerplate);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(metadata, "metadata");
        for (Paragraph p : body) {
            check(text, p.span(), p.text());
        }
        for (Boilerplate b : boilerplate) {
            check(text, b.span(), b.text());
        }
        for (Sentence s : sentences) {
            check(text, s.span(), s.text());
        }
        for (Entity e : entities) {
            e.mentions().forEach(m -> check(text, m.span(), m.text()));
        }
        for (Quote q : quotes) {
            check(text, q.span(), q.text());
            q.speakerMention().ifPresent(m -> check(text, m.span(), m.text()));
            q.cue().ifPresent(c -> check(text, c, c.of(text)));
        }
        for (Attribution a : attributions) {
            a.content().forEach(p -> check(text, p.span(), p.text()));
            a.source().ifPresent(m -> check(text, m.span(), m.text()));
            a.cue().ifPresent(c -> check(text, c, c.of(text)));
            checkIndices("Attribution " + a.index(), "quote", a.quoteIndices(), quotes.size());
        }
        for (Speaker s : speakers) {
            s.mentions().forEach(m -> check(text, m.span(), m.text()));
            checkIndices("Speaker " + s.name(), "quote", s.quoteIndices(), quotes.size());
            checkIndices("Speaker " + s.name(), "attribution", s.attributionIndices(), attributions.size());
        }
    }

    /**
     * An article without attributions other than its quotes' (the form of version 0.1).
     *
     * @param text        the original input
     * @param body        the paragraphs kept as article text
     * @param boilerplate the blocks removed as page clutter
     * @param sentences   the sentences of the body
     * @param entities    named entities
     * @param quotes      direct quotations
     * @param speakers    the sources of the quotes
     * @param metadata    what the page's markup says
     */
    public Article(String text, List<Paragraph> body, List<Boilerplate> boilerplate, List<Sentence> sentences,
                   List<Entity> entities, List<Quote> quotes, List<Speaker> speakers, Metadata metadata) {
        this(text, body, boilerplate, sentences, entities, quotes, List.of(), speakers, metadata);
    }

    /**
     * An article with no body: what blank input gives.
     *
     * @param text the input
     * @return an article whose lists are all empty
     */
    public static Article empty(String text) {
        return new Article(text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Metadata.none());
    }

    /**
     * The quotes attributed to a speaker of this article.
     *
     * @param speaker one of {@link #speakers()}
     * @return its quotes in text order
     * @throws IllegalArgumentException if the speaker is not one of this article's
     */
    public List<Quote> quotesBy(Speaker speaker) {
        Objects.requireNonNull(speaker, "speaker");
        if (!speakers.contains(speaker)) {
            throw new IllegalArgumentException("Not a speaker of this article: " + speaker.name());
        }
        return speaker.quoteIndices().stream().map(quotes::get).toList();
    }

    /**
     * The attributions made to a speaker of this article.
     *
     * @param speaker one of {@link #speakers()}
     * @return its attributions in text order
     * @throws IllegalArgumentException if the speaker is not one of this article's
     */
    public List<Attribution> attributionsBy(Speaker speaker) {
        Objects.requireNonNull(speaker, "speaker");
        if (!speakers.contains(speaker)) {
            throw new IllegalArgumentException("Not a speaker of this article: " + speaker.name());
        }
        return speaker.attributionIndices().stream().map(attributions::get).toList();
    }

    /**
     * The attribution a quote belongs to: the one whose content holds it.
     *
     * @param quote one of {@link #quotes()}
     * @return that attribution, or empty when the quote belongs to none
     * @throws IllegalArgumentException if the quote is not one of this article's
     */
    public Optional<Attribution> attributionOf(Quote quote) {
        Objects.requireNonNull(quote, "quote");
        if (quote.index() < 0 || quote.index() >= quotes.size() || !quotes.get(quote.index()).equals(quote)) {
            throw new IllegalArgumentException("Not a quote of this article: " + quote.text());
        }
        return attributions.stream().filter(a -> a.quoteIndices().contains(quote.index())).findFirst();
    }

    /**
     * @param span a span of this article
     * @return the text it covers
     */
    public String textOf(Span span) {
        return span.of(text);
    }

    /** A short summary; the text itself is left out. */
    @Override
    public String toString() {
        return "Article[" + text.length() + " chars, " + body.size() + " paragraphs, " + sentences.size()
                + " sentences, " + entities.size() + " entities, " + quotes.size() + " quotes, "
                + attributions.size() + " attributions, " + speakers.size() + " speakers]";
    }

    private static void checkIndices(String owner, String what, List<Integer> indices, int size) {
        for (int i : indices) {
            if (i < 0 || i >= size) {
                throw new IllegalArgumentException(owner + " names " + what + " " + i + " of " + size);
            }
        }
    }

    private static void check(String text, Span span, String covered) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("Span " + span + " lies outside a text of " + text.length() + " chars");
        }
        if (!text.regionMatches(span.start(), covered, 0, span.length()) || covered.length() != span.length()) {
            throw new IllegalArgumentException("Text of span " + span + " does not match the input");
        }
    }
}
