package org.newspipeline.model;

/** The rule that attributed a quote to its speaker, in falling order of confidence. */
public enum AttributionRule {
    /** A reporting verb right after the quote: {@code "...," X said} or {@code "...," said X}. */
    CUE_AFTER_QUOTE,
    /** A reporting verb that introduces the quote: {@code X said: "..."} or {@code X told reporters "..."}. */
    CUE_BEFORE_QUOTE,
    /** {@code "...", according to X}. */
    ACCORDING_TO,
    /** The quote is part of reported speech: {@code X hailed the talks as an important step in "..."}. */
    REPORTED_SPEECH,
    /** The quote continues the voice of the previous paragraph's quote, or of its own earlier part. */
    CONTINUATION,
    /** No rule found a speaker. */
    NONE
}
