package org.newspipeline.model;

import java.util.List;
import java.util.Objects;

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
 * @param speakers    the sources of the attributed quotes, in order of first quote
 * @param metadata    headline, authors, date, language and canonical URL from the page's markup;
 *                    {@link Metadata#none()} for plain text
 */
public record Article(String text, List<Paragraph> body, List<Boilerplate> boilerplate, List<Sentence> sentences,
                      List<Entity> entities, List<Quote> quotes, List<Speaker> speakers, Metadata metadata) {

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
        for (Speaker s : speakers) {
            s.mentions().forEach(m -> check(text, m.span(), m.text()));
            for (int i : s.quoteIndices()) {
                if (i < 0 || i >= quotes.size()) {
                    throw new IllegalArgumentException("Speaker " + s.name() + " names quote " + i
                            + " of " + quotes.size());
                }
            }
        }
    }

    /**
     * An article with no body: what blank input gives.
     *
     * @param text the input
     * @return an article whose lists are all empty
     */
    public static Article empty(String text) {
        return new Article(text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Metadata.none());
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
                + speakers.size() + " speakers]";
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
