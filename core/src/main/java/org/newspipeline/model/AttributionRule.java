package org.newspipeline.model;

/**
 * The rule that attributed a quote or a piece of reported speech to its source. The rules for quotes come first,
 * in falling order of confidence, then those for reported speech without quotation marks.
 */
public enum AttributionRule {
    /**
     * A transcript's speaker label at the start of the quote ({@code "HOLM: Well, look, ..."}), or at the start of
     * a paragraph of an interview printed as a transcript ({@code Holm: Staffing comes first.}).
     */
    TRANSCRIPT_LABEL,
    /** A reporting verb right after the quote: {@code "...," X said} or {@code "...," said X}. */
    CUE_AFTER_QUOTE,
    /** A reporting verb that introduces the quote: {@code X said: "..."} or {@code X told reporters "..."}. */
    CUE_BEFORE_QUOTE,
    /** A credit line after the quote that ends its paragraph: {@code "..." ― Karin Lund}. */
    CREDIT_LINE,
    /** {@code "...", according to X}, and for reported speech {@code According to X, ...}. */
    ACCORDING_TO,
    /** An attribution clause later in the quote's sentence: {@code A driver who "runs a red light" loses the licence, Lund said}. */
    TRAILING_CLAUSE,
    /** The quote opens the paragraph after one that ends in a colon: {@code He said:} then {@code "..."}. */
    COLON_PARAGRAPH,
    /** A headline whose words before a colon name the speaker: {@code Ann Berg: Towns Worried About Rents; It's 'Not Over Yet'}. */
    HEADLINE_COLON,
    /** The quote is part of reported speech: {@code X hailed the talks as an important step in "..."}. */
    REPORTED_SPEECH,
    /**
     * The quote continues the voice of its own earlier part, of the sentence before it, or of the previous
     * paragraph; or a sentence goes on with the report of the sentence before it.
     */
    CONTINUATION,
    /**
     * The quote repeats words of another quote of the article that has a speaker: a headline or a pull quote that
     * echoes the body ({@code 'I thought I would die': climber rescued} over {@code "I thought I would die up
     * there," Ewan Holt said}).
     */
    REPEATED_QUOTE,
    /** Reported speech after its cue: {@code X said (that) ...}, {@code X told reporters ...}, {@code X denied ...}. */
    REPORTED_AFTER_CUE,
    /** Reported speech before its cue: {@code ..., X said.} or {@code ..., said X.} */
    REPORTED_BEFORE_CUE,
    /** Reported speech on both sides of its cue: {@code The bridge, X said, will be rebuilt}. */
    REPORTED_AROUND_CUE,
    /**
     * The subject and what follows a cue of impression or of what others hold, with no source: {@code The plan
     * seems to work}, {@code She is expected to win}.
     */
    SUBJECT_CUE,
    /** No rule found a speaker. */
    NONE
}
