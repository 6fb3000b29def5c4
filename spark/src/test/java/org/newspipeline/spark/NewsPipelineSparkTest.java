package org.newspipeline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.newspipeline.json.ArticleJson;
import org.newspipeline.model.Article;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;

/** The Dataset API in local[2]: the same annotations as the library, errors kept per row, the quotes table. */
class NewsPipelineSparkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true);

    private static SparkSession spark;
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
        pipeline = NewsPipeline.defaultPipeline();
    }

    private static Dataset<Row> articles(String... idAndText) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < idAndText.length; i += 2) {
            rows.add(RowFactory.create(idAndText[i], idAndText[i + 1]));
        }
        return spark.createDataFrame(rows, INPUT).repartition(2);
    }

    private static Map<String, Row> byId(Dataset<Row> annotated) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : annotated.collectAsList()) {
            rows.put(row.getAs("id"), row);
        }
        return rows;
    }

    /** The row's annotation columns, read back as JSON, hold what ArticleJson writes for the same article. */
    private static void assertSameAsLibrary(Article expected, Row row) throws Exception {
        ObjectNode json = ArticleJson.tree(expected);
        JsonNode actual = JSON.readTree(row.json());
        for (String field : List.of("entities", "quotes", "attributions")) {
            assertEquals(json.get(field), actual.get(field), field);
        }
        assertEquals(expected.sentences().size(), actual.get("sentence_count").asInt());
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : expected.body()) {
            paragraphs.add(p.text());
            JsonNode offsets = actual.get("paragraphs").get(p.index());
            assertEquals(p.span().start(), offsets.get("start").asInt());
            assertEquals(p.span().end(), offsets.get("end").asInt());
        }
        assertEquals(String.join("\n", paragraphs), row.getAs("body"));
        assertEquals(expected.metadata().language().orElse(null), row.getAs("language"));
        assertNull(row.getAs("error"));
    }

    @Test
    void annotatesLikeTheLibraryAndKeepsTheInputColumns() throws Exception {
        Dataset<Row> annotated = NewsPipelineSpark.annotate(
                articles("harbour", Articles.HARBOUR, "council", Articles.COUNCIL, "weather", Articles.WEATHER),
                "text");
        List<String> expectedColumns = new ArrayList<>(List.of("id", "text"));
        expectedColumns.addAll(Arrays.asList(ArticleSchema.annotationColumns(false).fieldNames()));
        assertEquals(expectedColumns, Arrays.asList(annotated.columns()));

        Map<String, Row> rows = byId(annotated);
        assertEquals(3, rows.size());
        assertEquals(Articles.HARBOUR, rows.get("harbour").getAs("text"));
        assertSameAsLibrary(pipeline.annotate(Articles.HARBOUR), rows.get("harbour"));
        assertSameAsLibrary(pipeline.annotate(Articles.COUNCIL), rows.get("council"));
        assertSameAsLibrary(pipeline.annotate(Articles.WEATHER), rows.get("weather"));
        assertFalse(rows.get("harbour").getList(rows.get("harbour").fieldIndex("quotes")).isEmpty());
    }

    @Test
    void badRowsGetAnErrorAndEmptyResultsAndTheOthersGoOn() {
        String tooLong = "word ".repeat(100);
        SparkAnnotator annotator = NewsPipelineSpark.annotator(spark).withMaxInputChars(300);
        Dataset<Row> annotated = annotator.annotate(
                articles("ok", Articles.HARBOUR, "null", null, "long", tooLong, "blank", "  "), "text").cache();
        Map<String, Row> rows = byId(annotated);

        assertEquals("text is null", rows.get("null").getAs("error"));
        String error = rows.get("long").getAs("error");
        assertTrue(error.contains("500") && error.contains("300"), error);
        for (String bad : List.of("null", "long")) {
            Row row = rows.get(bad);
            assertNull(row.getAs("body"));
            assertEquals(0, (int) row.getAs("sentence_count"));
            assertTrue(row.getList(row.fieldIndex("quotes")).isEmpty());
            assertTrue(row.getList(row.fieldIndex("entities")).isEmpty());
            assertTrue(row.getList(row.fieldIndex("attributions")).isEmpty());
        }
        assertNull(rows.get("ok").getAs("error"));
        assertFalse(rows.get("ok").getList(rows.get("ok").fieldIndex("quotes")).isEmpty());
        assertNull(rows.get("blank").getAs("error"));
        assertEquals(0, (int) rows.get("blank").getAs("sentence_count"));

        AnnotationCounters counters = annotator.counters();
        assertEquals(4, counters.rows(), counters.toString());
        assertEquals(2, counters.annotated(), counters.toString());
        assertEquals(2, counters.failed(), counters.toString());
        assertEquals(1, counters.nullText(), counters.toString());
        assertEquals(1, counters.tooLong(), counters.toString());
        assertEquals(0, counters.pipelineError(), counters.toString());
        annotated.unpersist();
    }

    @Test
    void balancedPartitionsKeepEveryRowAndStartWithTheLongest() {
        List<String> idAndText = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            idAndText.add("a" + i);
            idAndText.add("word ".repeat(1 + (i * 7) % 40));
        }
        idAndText.add("empty");
        idAndText.add(null);
        Dataset<Row> balanced = NewsPipelineSpark.balanced(articles(idAndText.toArray(String[]::new)), "text", 4);
        assertEquals(4, balanced.rdd().getNumPartitions());
        List<Row> rows = balanced.withColumn("partition", functions.spark_partition_id())
                .withColumn("chars", functions.length(functions.col("text"))).collectAsList();
        assertEquals(41, rows.size());
        int longest = rows.stream().filter(r -> r.getAs("chars") != null).mapToInt(r -> r.<Integer>getAs("chars"))
                .max().orElseThrow();
        for (Row r : rows) {
            Integer chars = r.getAs("chars");
            if (chars != null && chars == longest) {
                assertEquals(0, r.<Integer>getAs("partition"), "the longest text starts first");
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> NewsPipelineSpark.balanced(articles("a", "text"), "body", 2));
        assertThrows(IllegalArgumentException.class,
                () -> NewsPipelineSpark.balanced(articles("a", "text"), "text", 0));
    }

    @Test
    void quotesTableHasOneRowPerQuoteWithItsSpeaker() {
        Dataset<Row> annotated = NewsPipelineSpark.annotate(
                articles("harbour", Articles.HARBOUR, "council", Articles.COUNCIL, "weather", Articles.WEATHER,
                        "null", null), "text");
        Dataset<Row> quotes = NewsPipelineSpark.quotesTable(annotated, "id");
        List<String> expectedColumns = new ArrayList<>(List.of("id"));
        expectedColumns.addAll(ArticleSchema.QUOTE_TABLE_COLUMNS);
        assertEquals(expectedColumns, Arrays.asList(quotes.columns()));

        List<Row> rows = quotes.orderBy("id", "quote_index").collectAsList();
        List<String> expected = new ArrayList<>();
        for (String id : List.of("council", "harbour")) {
            Article article = pipeline.annotate(id.equals("council") ? Articles.COUNCIL : Articles.HARBOUR);
            for (Quote q : article.quotes()) {
                expected.add(String.join("|", id, String.valueOf(q.index()), q.text(),
                        String.valueOf(q.span().start()), String.valueOf(q.span().end()),
                        q.speaker().map(s -> s.name() + "|" + s.type()).orElse("null|null"),
                        q.speakerMention().map(m -> m.text()).orElse("null"),
                        q.cue().map(article::textOf).orElse("null"), q.rule().name(),
                        String.valueOf(q.confidence())));
            }
        }
        List<String> actual = new ArrayList<>();
        for (Row r : rows) {
            actual.add(String.join("|", r.getString(0), String.valueOf(r.getInt(1)), r.getString(2),
                    String.valueOf(r.getInt(3)), String.valueOf(r.getInt(4)), String.valueOf(r.getString(5)),
                    String.valueOf(r.getString(6)), String.valueOf(r.getString(7)),
                    String.valueOf(r.getString(10)), r.getString(13), String.valueOf(r.getDouble(14))));
        }
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(line -> line.contains("|Ana Ruiz|PERSON|")), actual::toString);
    }

    @Test
    void htmlPagesGiveTheirVisibleTextAndMetadata() throws Exception {
        Dataset<Row> annotated = NewsPipelineSpark.annotateHtml(articles("page", Articles.PAGE), "text");
        Row row = annotated.collectAsList().get(0);
        Article expected = pipeline.annotateHtml(Articles.PAGE);
        assertEquals(expected.text(), row.getAs(ArticleSchema.PAGE_TEXT));
        assertEquals(expected.metadata().headline().orElse(null), row.getAs(ArticleSchema.HEADLINE));
        assertSameAsLibrary(expected, row);
    }

    @Test
    void refusesAMissingTextColumnOrAClashingColumn() {
        Dataset<Row> input = articles("a", Articles.WEATHER);
        assertThrows(IllegalArgumentException.class, () -> NewsPipelineSpark.annotate(input, "body_text"));
        assertThrows(IllegalArgumentException.class,
                () -> NewsPipelineSpark.annotate(input.withColumnRenamed("id", "quotes"), "text"));
        assertThrows(IllegalArgumentException.class,
                () -> NewsPipelineSpark.annotate(input.withColumn("n", functions.lit(1)), "n"));
    }
}
