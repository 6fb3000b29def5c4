package org.newspipeline.model;

/** The fields of {@link Metadata}, as keys of {@link Metadata#sources()}. */
public enum MetadataField {
    /** {@link Metadata#headline()} */
    HEADLINE,
    /** {@link Metadata#authors()} */
    AUTHORS,
    /** {@link Metadata#publicationDate()} */
    PUBLICATION_DATE,
    /** {@link Metadata#language()} */
    LANGUAGE,
    /** {@link Metadata#canonicalUrl()} */
    CANONICAL_URL
}
