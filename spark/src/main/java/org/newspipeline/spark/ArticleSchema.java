package org.newspipeline.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns that {@link NewsPipelineSpark#annotate} adds to a Dataset, and those of
 * {@link NewsPipelineSpark#quotesTable}. This schema is part of the public API: columns and fields are only ever
 * added at the end, never renamed, retyped or removed, within a major version.
 *
 * <p>Every offset is {@code [start, end)} in UTF-16 chars of the annotated text: the input's text column in text
 * mode, the {@value #PAGE_TEXT} column (the page's visible text) in HTML mode. The struct fields carry the same
 * names and values as the library's JSON ({@code org.newspipeline.json.ArticleJson}):
 * <pre>
 * page_text      STRING                      (HTML mode only) the page's visible text, which the offsets index
 * headline, publication_date, canonical_url STRING, authors ARRAY&lt;STRING&gt;   (HTML mode only) page metadata
 * body           STRING                      the body paragraphs' text, one paragraph per line
 * paragraphs     ARRAY&lt;STRUCT&lt;start INT, end INT&gt;&gt;
 * sentence_count INT
 * language       STRING                      the body's language (ISO 639-1) when the detector is sure, else null
 * entities       ARRAY&lt;STRUCT&lt;name STRING, type STRING, mentions ARRAY&lt;SPAN&gt;&gt;&gt;
 * quotes         ARRAY&lt;STRUCT&lt;start INT, end INT, text STRING,
 *                       speaker STRUCT&lt;name STRING, type STRING, mention SPAN&gt;, cue SPAN,
 *                       rule STRING, confidence DOUBLE&gt;&gt;
 * attributions   ARRAY&lt;STRUCT&lt;content ARRAY&lt;SPAN&gt;, kind STRING, source SPAN,
 *                       speaker STRUCT&lt;name STRING, type STRING&gt;, cue SPAN, rule STRING,
 *                       confidence DOUBLE, quotes ARRAY&lt;INT&gt;&gt;&gt;
 * error          STRING                      null, or why this row has no annotation
 *
 * SPAN = STRUCT&lt;start INT, end INT, text STRING&gt;; speaker, mention, cue and source are null when absent.
 * </pre>
 * A row with an error has null strings, a sentence count of 0 and empty arrays.
 */
public final class ArticleSchema {

    /** HTML mode: the page's visible text, into which the offsets point. */
    public static final String PAGE_TEXT = "page_text";
    /** HTML mode: the page's headline, or null. */
    public static final String HEADLINE = "headline";
    /** HTML mode: the page's authors, an empty array when unknown. */
    public static final String AUTHORS = "authors";
    /** HTML mode: the page's publication date as the page gives it, or null. */
    public static final String PUBLICATION_DATE = "publication_date";
    /** HTML mode: the page's canonical URL, or null. */
    public static final String CANONICAL_URL = "canonical_url";
    /** The body paragraphs' text, joined by line breaks. */
    public static final String BODY = "body";
    /** The body paragraphs' offsets. */
    public static final String PARAGRAPHS = "paragraphs";
    /** How many sentences the body has. */
    public static final String SENTENCE_COUNT = "sentence_count";
    /** The body's language code, or null. */
    public static final String LANGUAGE = "language";
    /** Named entities, each with its mentions. */
    public static final String ENTITIES = "entities";
    /** Direct quotes with speaker, cue, rule and confidence. */
    public static final String QUOTES = "quotes";
    /** Quoted and reported speech with its source. */
    public static final String ATTRIBUTIONS = "attributions";
    /** Null, or the reason the row was not annotated. */
    public static final String ERROR = "error";

    /** {@code STRUCT<start INT, end INT, text STRING>}: a stretch of the text. */
    public static final StructType SPAN = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false));

    /** {@code STRUCT<start INT, end INT>}: a paragraph's offsets. */
    public static final StructType OFFSETS = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false));

    /** An entity: name, type and mentions. */
    public static final StructType ENTITY = struct(
            field("name", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false),
            field("mentions", DataTypes.createArrayType(SPAN, false), false));

    /** A quote's speaker: name, type and the words that name it. */
    public static final StructType QUOTE_SPEAKER = struct(
            field("name", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false),
            field("mention", SPAN, true));

    /** A quote, as in the JSON's {@code "quotes"}. */
    public static final StructType QUOTE = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false),
            field("speaker", QUOTE_SPEAKER, true),
            field("cue", SPAN, true),
            field("rule", DataTypes.StringType, false),
            field("confidence", DataTypes.DoubleType, false));

    /** An attribution's speaker: name and type. */
    public static final StructType SPEAKER = struct(
            field("name", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false));

    /** An attribution, as in the JSON's {@code "attributions"}. */
    public static final StructType ATTRIBUTION = struct(
            field("content", DataTypes.createArrayType(SPAN, false), false),
            field("kind", DataTypes.StringType, false),
            field("source", SPAN, true),
            field("speaker", SPEAKER, true),
            field("cue", SPAN, true),
            field("rule", DataTypes.StringType, false),
            field("confidence", DataTypes.DoubleType, false),
            field("quotes", DataTypes.createArrayType(DataTypes.IntegerType, false), false));

    /** The quotes table's columns after the key: one row per quote. */
    public static final List<String> QUOTE_TABLE_COLUMNS = List.of("quote_index", "quote", "quote_start",
            "quote_end", "speaker", "speaker_type", "speaker_mention", "speaker_mention_start",
            "speaker_mention_end", "cue", "cue_start", "cue_end", "rule", "confidence");

    private ArticleSchema() {
    }

    /**
     * @param html true for the columns of HTML mode
     * @return the columns annotation adds, in order, after the input's columns
     */
    public static StructType annotationColumns(boolean html) {
        List<StructField> fields = new ArrayList<>();
        if (html) {
            fields.add(field(PAGE_TEXT, DataTypes.StringType, true));
            fields.add(field(HEADLINE, DataTypes.StringType, true));
            fields.add(field(AUTHORS, DataTypes.createArrayType(DataTypes.StringType, false), false));
            fields.add(field(PUBLICATION_DATE, DataTypes.StringType, true));
            fields.add(field(CANONICAL_URL, DataTypes.StringType, true));
        }
        fields.add(field(BODY, DataTypes.StringType, true));
        fields.add(field(PARAGRAPHS, DataTypes.createArrayType(OFFSETS, false), false));
        fields.add(field(SENTENCE_COUNT, DataTypes.IntegerType, false));
        fields.add(field(LANGUAGE, DataTypes.StringType, true));
        fields.add(field(ENTITIES, DataTypes.createArrayType(ENTITY, false), false));
        fields.add(field(QUOTES, DataTypes.createArrayType(QUOTE, false), false));
        fields.add(field(ATTRIBUTIONS, DataTypes.createArrayType(ATTRIBUTION, false), false));
        fields.add(field(ERROR, DataTypes.StringType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /**
     * @param input the input's schema
     * @param html  true for HTML mode
     * @return the input's columns followed by {@link #annotationColumns(boolean)}
     * @throws IllegalArgumentException if the input already has a column of one of those names
     */
    public static StructType annotated(StructType input, boolean html) {
        StructType added = annotationColumns(html);
        List<StructField> fields = new ArrayList<>(List.of(input.fields()));
        for (StructField f : added.fields()) {
            for (String name : input.fieldNames()) {
                if (name.equalsIgnoreCase(f.name())) {
                    throw new IllegalArgumentException("The input already has a column named '" + name
                            + "', which annotation adds; rename or drop it first");
                }
            }
            fields.add(f);
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
