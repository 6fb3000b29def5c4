package org.newspipeline.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article, beside the text: headline, authors, publication date, language and canonical
 * URL, each with where it was found ({@link #sources()}).
 *
 * <p>In HTML mode the fields come from the page's markup (JSON-LD, Open Graph and other {@code <meta>} tags,
 * microdata, {@code <h1>} and {@code <title>}, the byline's elements, {@code <time>} elements of the article, the
 * page's address, {@code <html lang>}, {@code <link rel="canonical">}). In text mode they come from the lines around
 * the start of the body: the headline is the line a fitted model finds likeliest there, and the byline's authors
 * and date are read when a line reads as such. In both modes the language is
 * detected from the body when the detector is sure of it.
 *
 * <p>Immutable; the list and the map are unmodifiable and hold no null or blank entry. Whitespace is collapsed and
 * character references decoded; authors are people's names (or the byline's name for the author, such as a user
 * name), each once, without "By", roles or dates. The publication date is the article's first publication, not
 * an update, as an ISO 8601 calendar date ({@code 2019-11-20}).
 *
 * @param headline        the article's headline, if found, without the site's name
 * @param authors         the authors' names in page order; empty when unknown
 * @param publicationDate the publication date as {@code YYYY-MM-DD}, if found
 * @param language        the article's language tag, such as {@code en} or {@code pt-BR}, if known
 * @param canonicalUrl    the page's canonical URL, if declared
 * @param sources         where each known field came from: a key for each field that has a value, and no other;
 *                        iterated in the order of {@link MetadataField}
 */
public record Metadata(Optional<String> headline, List<String> authors, Optional<String> publicationDate,
                       Optional<String> language, Optional<String> canonicalUrl,
                       Map<MetadataField, MetadataSource> sources) {

    private static final Metadata NONE = new Metadata(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Map.of());

    /**
     * Copies the author list and the sources.
     *
     * @throws NullPointerException     if any component, author or source is null
     * @throws IllegalArgumentException if a field with a value has no source, or a field without one has one
     */
    public Metadata {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        authors = List.copyOf(authors);
        sources.forEach((field, source) -> Objects.requireNonNull(source, "source of " + field));
        sources = sources.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(sources));
        check(MetadataField.HEADLINE, headline.isPresent(), sources);
        check(MetadataField.AUTHORS, !authors.isEmpty(), sources);
        check(MetadataField.PUBLICATION_DATE, publicationDate.isPresent(), sources);
        check(MetadataField.LANGUAGE, language.isPresent(), sources);
        check(MetadataField.CANONICAL_URL, canonicalUrl.isPresent(), sources);
    }

    private static void check(MetadataField field, boolean known, Map<MetadataField, MetadataSource> sources) {
        if (known != sources.containsKey(field)) {
            throw new IllegalArgumentException(field + (known ? " has a value but no source" : " has a source"
                    + " but no value"));
        }
    }

    /**
     * @param field a field
     * @return where its value came from; empty when the field is unknown
     */
    public Optional<MetadataSource> source(MetadataField field) {
        return Optional.ofNullable(sources.get(field));
    }

    /**
     * @param code   the language the article is written in, as an ISO 639 code
     * @param source where that was found
     * @return the same metadata with that language
     */
    public Metadata withLanguage(String code, MetadataSource source) {
        Map<MetadataField, MetadataSource> s = new EnumMap<>(MetadataField.class);
        s.putAll(sources);
        s.put(MetadataField.LANGUAGE, Objects.requireNonNull(source, "source"));
        return new Metadata(headline, authors, publicationDate, Optional.of(code), canonicalUrl, s);
    }

    /** @return metadata with every field empty */
    public static Metadata none() {
        return NONE;
    }
}
