package org.newspipeline.model;

/**
 * Where a value of {@link Metadata} was found, so that a user can trust it or filter it. The sources declared for
 * machines ({@link #JSON_LD}, {@link #META_TAG}, {@link #MICRODATA}, {@link #LINK_ELEMENT}, {@link #MARKUP_LANG})
 * are the publisher's own statements; the others are read from what a reader sees and are inferences.
 */
public enum MetadataSource {
    /** A JSON-LD article object ({@code headline}, {@code author}, {@code datePublished}, {@code inLanguage}). */
    JSON_LD,
    /** A {@code <meta>} tag: Open Graph, {@code article:*}, Dublin Core, {@code author}, {@code date} and the like. */
    META_TAG,
    /** An element marked with schema.org microdata ({@code itemprop="author"}, {@code itemprop="datePublished"}). */
    MICRODATA,
    /** A {@code <link>} element: {@code rel="canonical"}. */
    LINK_ELEMENT,
    /** The {@code lang} attribute of {@code <html>} or an {@code http-equiv} content-language tag. */
    MARKUP_LANG,
    /** The machine-readable {@code datetime} of a {@code <time>} element in the article. */
    TIME_ELEMENT,
    /** The article's byline: an element named as byline or author, or a "By ..." line of the text. */
    BYLINE,
    /** The page's address, such as {@code /2019/06/19/} in its path. */
    URL,
    /** The page's main heading ({@code <h1>}), or the first line of a plain text that reads as one. */
    HEADING,
    /** The page's {@code <title>} element, the site's name taken off. */
    TITLE_ELEMENT,
    /** The page's visible text next to the main heading, where a date often stands without markup. */
    TEXT,
    /** A date in the page's visible text after a label that names it, such as "Published on". */
    LABELLED_TEXT,
    /** Detected from the body text (the language). */
    DETECTED
}
