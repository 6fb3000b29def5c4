package org.newspipeline.model;

/** The rule that attributed a quote to its speaker, in falling order of confidence. */
public enum AttributionRule {
    /** A transcript's speaker label at the start of the quote: {@code "PENCE: Well, look, ..."}. */
    TRANSCRIPT_LABEL,
    /** A reporting verb right after the quote: {@code "...," X said} or {@code "...," said X}. */
    CUE_AFTER_QUOTE,
    /** A reporting verb that introduces the quote: {@code X said: "..."} or {@code X told reporters "..."}. */
    CUE_BEFORE_QUOTE,
    /** A credit line after the quote that ends its paragraph: {@code "..." ― Pamela Padilla}. */
    CREDIT_LINE,
    /** {@code "...", according to X}. */
    ACCORDING_TO,
    /** An attribution clause later in the quote's sentence: {@code A cashier who "steals" is held to account, Warren said}. */
    TRAILING_CLAUSE,
    /** The quote opens the paragraph after one that ends in a colon: {@code He said:} then {@code "..."}. */
    COLON_PARAGRAPH,
    /** A headline whose words before a colon name the speaker: {@code Pat Caddell: Voters Worried; It's 'in Their Heads'}. */
    HEADLINE_COLON,
    /** The quote is part of reported speech: {@code X hailed the talks as an important step in "..."}. */
    REPORTED_SPEECH,
    /** The quote continues the voice of its own earlier part, of the sentence before it, or of the previous paragraph. */
    CONTINUATION,
    /** No rule found a speaker. */
    NONE
}
