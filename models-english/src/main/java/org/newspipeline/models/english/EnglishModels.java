package org.newspipeline.models.english;

import java.util.List;

/**
 * The classpath paths of the model files this module carries: exactly the CoreNLP English model files the
 * news-pipeline default pipeline loads. The build copies them out of CoreNLP's English models jar; the list of
 * files to copy in this module's {@code pom.xml} must name the same files.
 */
public final class EnglishModels {

    /** The part-of-speech tagger ({@code pos.model} in models-config's {@code corenlp-english.properties}). */
    public static final String POS_TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    /** The 3-class (PERSON, ORGANIZATION, LOCATION) named-entity classifier ({@code ner.model}). */
    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Counts of first names by gender, read by core's entity grouping. */
    public static final String NAME_GENDERS = "edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";

    /** Words that name living beings ("pharmacists", "voters"), read by core's speaker resolution. */
    public static final String ANIMATE_NOUNS = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

    /** Words that name things ("statistics", "findings"), read with the list above. */
    public static final String INANIMATE_NOUNS = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

    /** Nationalities and the people of places ("Italian", "Briton"), read by core's speaker resolution. */
    public static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    /** Every file of the module, in the order above. */
    public static final List<String> FILES = List.of(POS_TAGGER, NER_3CLASS, NAME_GENDERS, ANIMATE_NOUNS,
            INANIMATE_NOUNS, DEMONYMS);

    private EnglishModels() {
    }
}
