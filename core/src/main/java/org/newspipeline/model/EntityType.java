package org.newspipeline.model;

/** The kind of a named entity, as the named-entity recogniser tells it. */
public enum EntityType {
    /** A person: "Ana Ruiz". */
    PERSON,
    /** An organisation: "Nato", "BBC". */
    ORGANIZATION,
    /** A place, including countries and cities: "Norway", "Bergen". */
    LOCATION
}
