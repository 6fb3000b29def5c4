package org.newspipeline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AnnotateJob on a folder of articles and on JSON lines, in local[2]. */
class AnnotateJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotateJob.run(spark, args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFolderOfArticlesGivesParquetKeyedByFileNameAndAQuotesTable(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("harbour.txt"), Articles.HARBOUR);
        Files.writeString(articles.resolve("council.txt"), Articles.COUNCIL);
        Files.writeString(articles.resolve("weather.txt"), Articles.WEATHER);
        String summary = run("--input", articles.toString(), "--output", dir.resolve("out").toString(),
                "--quotes", dir.resolve("quotes").toString());
        assertTrue(summary.startsWith("Annotated 3 of 3 articles"), summary);

        Map<String, Row> rows = new HashMap<>();
        for (Row row : spark.read().parquet(dir.resolve("out").toString()).collectAsList()) {
            rows.put(row.getAs("file"), row);
        }
        assertEquals(Map.of("harbour.txt", Articles.HARBOUR, "council.txt", Articles.COUNCIL,
                "weather.txt", Articles.WEATHER).keySet(), rows.keySet());
        assertEquals(Articles.COUNCIL, rows.get("council.txt").getAs("text"));
        assertNull(rows.get("council.txt").getAs("error"));

        List<Row> quotes = spark.read().parquet(dir.resolve("quotes").toString())
                .where("speaker = 'Ana Ruiz'").collectAsList();
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("harbour.txt", quotes.get(0).getAs("file"));
    }

    @Test
    void jsonLinesInAndOutWithABadRow(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, json.writeValueAsString(Map.of("id", "harbour", "text", Articles.HARBOUR)) + "\n"
                + "{\"id\": \"empty\", \"text\": null}\n");
        String summary = run("--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--output-format", "jsonl");
        assertTrue(summary.contains("Annotated 1 of 2 articles") && summary.contains("1 failed"), summary);
        Map<String, Row> rows = new HashMap<>();
        for (Row row : spark.read().json(dir.resolve("out").toString()).collectAsList()) {
            rows.put(row.getAs("id"), row);
        }
        assertEquals("text is null", rows.get("empty").getAs("error"));
        assertNull(rows.get("harbour").getAs("error"));
    }

    @Test
    void usageErrors() {
        assertThrows(IllegalArgumentException.class, () -> AnnotateJob.run(spark, new String[] {"--input", "x"},
                System.out));
        assertThrows(IllegalArgumentException.class, () -> AnnotateJob.run(spark,
                new String[] {"--input", "x", "--output", "y", "--format", "pdf"}, System.out));
    }
}
