package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorAgreementTest {

    private static final String TEXT =
            "The ferry operator said on Friday that crossings would resume, and added that fares stay.";

    @Test
    void anAnnotatorsAttributionsTakeThePipelinesShape() {
        List<BratAttributions.Annotated> read = BratAttributions.parse(String.join("\n",
                "T1\tSource 0 18\tThe ferry operator",
                "T2\tCue 19 23\tsaid",
                "T3\tContent 34 61;73 88\tthat crossings would resume",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
                "T4\tContent 5 10\tferry",
                "E2\tAttribution-no-source:T4 Content:T4"));
        JsonNode all = AnnotatorAgreement.asPredictions(TEXT, read).get("attributions");
        assertEquals(2, all.size());
        JsonNode first = all.get(0);
        assertEquals("that crossings would resume", first.get("content").get(0).get("text").asText());
        assertEquals("that fares stay", first.get("content").get(1).get("text").asText());
        assertEquals("The ferry operator", first.get("source").get("text").asText());
        assertEquals(19, first.get("cue").get("start").asInt());
        assertTrue(all.get(1).get("source").isNull());
        assertTrue(all.get(1).get("cue").isNull());
    }

    @Test
    void annotationFilesAreGroupedByArticleInNameOrder(@TempDir Path dir) throws IOException {
        for (String f : List.of("a_b_2222.ann", "a_b_1111.ann", "c_3333.ann", "notes.txt")) {
            Files.writeString(dir.resolve(f), "");
        }
        Map<String, List<Path>> byArticle = AnnotatorAgreement.annotationsByArticle(dir);
        assertEquals(List.of("a_b", "c"), List.copyOf(byArticle.keySet()));
        assertEquals(dir.resolve("a_b_1111.ann"), byArticle.get("a_b").get(0));
        assertEquals(2, byArticle.get("a_b").size());
    }
}
