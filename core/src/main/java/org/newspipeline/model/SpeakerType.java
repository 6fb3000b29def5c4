package org.newspipeline.model;

/** What kind of source a quote is attributed to. */
public enum SpeakerType {
    /** A person, named ("Ana Ruiz") or by role alone ("a spokesman"). */
    PERSON,
    /** An organisation: "the US state department", "Reuters", "the campaign". */
    ORGANIZATION,
    /** A country or city acting as a speaker: "Norway said", "Washington said". */
    GPE,
    /** A group of people speaking as one: "American officials", "aides". */
    GROUP,
    /** A source the rules could not classify: "the report", an untagged proper name. */
    OTHER
}
