package org.newspipeline.pipeline;

/** What a pronoun, a title or a first name tells of the person or thing it stands for. */
public enum Gender {
    /** He, Mr, John. */
    MALE,
    /** She, Mrs, Mary. */
    FEMALE,
    /** They: a group. */
    PLURAL,
    /** It: an organisation or a place. */
    NEUTER
}
