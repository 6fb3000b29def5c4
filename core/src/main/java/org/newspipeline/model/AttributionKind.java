package org.newspipeline.model;

/** How an attribution renders what its source said. */
public enum AttributionKind {
    /**
     * The source's own words, in quotation marks ({@code "We will rebuild it," she said}) or as a turn of a printed
     * transcript ({@code Holm: We will rebuild it.}).
     */
    DIRECT,
    /** Reported speech holding a quoted fragment: {@code She called the plan "a good start"}. */
    MIXED,
    /** Reported speech without quotation marks: {@code She said the bridge would be rebuilt}. */
    INDIRECT
}
