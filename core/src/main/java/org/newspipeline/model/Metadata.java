package org.newspipeline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article, beside the text: headline, authors, publication date, language and canonical
 * URL. Filled from the page's markup in HTML mode ({@code <title>}, Open Graph and other {@code <meta>} tags,
 * JSON-LD, {@code <html lang>}, {@code <link rel="canonical">}); plain text carries none of it, so text mode gives
 * {@link #none()}.
 *
 * <p>Immutable; the list is unmodifiable and holds no null or blank entry. Values are copied as the page gives them
 * (whitespace collapsed), not checked: a date is the page's own string, such as {@code 2019-11-20T10:43:00Z}.
 *
 * @param headline        the article's headline, if the page names one
 * @param authors         the authors' names in page order; empty when unknown
 * @param publicationDate the publication date as the page writes it, if present
 * @param language        the page's language tag, such as {@code en} or {@code pt-BR}, if declared
 * @param canonicalUrl    the page's canonical URL, if declared
 */
public record Metadata(Optional<String> headline, List<String> authors, Optional<String> publicationDate,
                       Optional<String> language, Optional<String> canonicalUrl) {

    private static final Metadata NONE = new Metadata(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /**
     * Copies the author list.
     *
     * @throws NullPointerException if any component or author is null
     */
    public Metadata {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        authors = List.copyOf(authors);
    }

    /**
     * @param code the language the article is written in, as an ISO 639 code
     * @return the same metadata with that language
     */
    public Metadata withLanguage(String code) {
        return new Metadata(headline, authors, publicationDate, Optional.of(code), canonicalUrl);
    }

    /** @return metadata with every field empty: what text mode gives */
    public static Metadata none() {
        return NONE;
    }
}
