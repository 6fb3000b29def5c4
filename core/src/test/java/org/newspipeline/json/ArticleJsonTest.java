package org.newspipeline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.MetadataSource;
import org.newspipeline.model.MetadataField;
import java.util.Map;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.model.SpeakerType;

class ArticleJsonTest {

    //                                  0         1         2         3
    //                                  0123456789012345678901234567890123456789
    private static final String TEXT = "Tags:\n\"We won,\" Ann Lee said. \"Yes.\"";

    private static Article article() {
        Mention ann = new Mention(new Span(16, 23), "Ann Lee", 0);
        Speaker speaker = new Speaker("Ann Lee", SpeakerType.PERSON, List.of(ann), List.of(0), List.of(0));
        Quote won = new Quote(0, new Span(7, 13), "We won", Optional.of(speaker), Optional.of(ann),
                Optional.of(new Span(24, 28)), AttributionRule.CUE_AFTER_QUOTE, 0.9);
        Quote yes = new Quote(1, new Span(31, 34), "Yes", Optional.empty(), Optional.empty(), Optional.empty(),
                AttributionRule.NONE, 0);
        return new Article(TEXT, List.of(new Paragraph(0, new Span(6, 36), TEXT.substring(6, 36))),
                List.of(new Boilerplate(new Span(0, 5), "Tags:", BoilerplateReason.CLUTTER_CUE)), List.of(),
                List.of(), List.of(won, yes), List.of(attribution(speaker, ann)), List.of(speaker), Metadata.none());
    }

    private static Attribution attribution(Speaker speaker, Mention ann) {
        return new Attribution(0, List.of(new Passage(new Span(7, 13), "We won")), AttributionKind.DIRECT,
                Optional.of(speaker), Optional.of(ann), Optional.of(new Span(24, 28)), AttributionRule.CUE_AFTER_QUOTE,
                0.9, List.of(0));
    }

    @Test
    void attributionsHaveTheShapeTheAttributionScorerReads() throws Exception {
        JsonNode att = new ObjectMapper().readTree(ArticleJson.write(article(), false)).get("attributions").get(0);
        assertEquals(1, att.get("content").size());
        assertEquals(7, att.at("/content/0/start").asInt());
        assertEquals(13, att.at("/content/0/end").asInt());
        assertEquals("We won", att.at("/content/0/text").asText());
        assertEquals("DIRECT", att.get("kind").asText());
        assertEquals("Ann Lee", att.at("/source/text").asText());
        assertEquals("Ann Lee", att.at("/speaker/name").asText());
        assertEquals("PERSON", att.at("/speaker/type").asText());
        assertEquals("said", att.at("/cue/text").asText());
        assertEquals(0, att.at("/quotes/0").asInt());
        assertEquals("CUE_AFTER_QUOTE", att.get("rule").asText());
    }

    @Test
    void quotesHaveTheShapeTheScorerReads() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ArticleJson.write(article(), false));
        JsonNode won = root.get("quotes").get(0);
        assertEquals(7, won.get("start").asInt());
        assertEquals(13, won.get("end").asInt());
        assertEquals("We won", won.get("text").asText());
        assertEquals("Ann Lee", won.at("/speaker/name").asText());
        assertEquals("PERSON", won.at("/speaker/type").asText());
        assertEquals(16, won.at("/speaker/mention/start").asInt());
        assertEquals(23, won.at("/speaker/mention/end").asInt());
        assertEquals("Ann Lee", won.at("/speaker/mention/text").asText());
        assertEquals("said", won.at("/cue/text").asText());
        assertTrue(root.get("quotes").get(1).get("speaker").isNull());
    }

    @Test
    void writesTextBodyBoilerplateAndSpeakers() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ArticleJson.write(article(), true));
        assertEquals(TEXT, root.get("text").asText());
        assertEquals(6, root.at("/body/0/start").asInt());
        assertEquals("CLUTTER_CUE", root.at("/boilerplate/0/reason").asText());
        assertEquals(0, root.at("/speakers/0/quotes/0").asInt());
        assertEquals(0, root.at("/speakers/0/attributions/0").asInt());
    }

    @Test
    void writingToAWriterLeavesItOpen() {
        StringWriter out = new StringWriter();
        ArticleJson.write(article(), out, false);
        out.write("\n");
        assertTrue(out.toString().startsWith("{\"text\""));
    }

    @Test
    void metadataSourcesAreWrittenForTheKnownFieldsOnly() throws Exception {
        Article plain = article();
        Metadata m = new Metadata(Optional.of("Harbour wall approved"), List.of(), Optional.of("2025-03-04"),
                Optional.empty(), Optional.empty(), Map.of(MetadataField.HEADLINE, MetadataSource.HEADING,
                MetadataField.PUBLICATION_DATE, MetadataSource.URL));
        Article withMetadata = new Article(plain.text(), plain.body(), plain.boilerplate(), plain.sentences(),
                plain.entities(), plain.quotes(), plain.attributions(), plain.speakers(), m);
        JsonNode sources = new ObjectMapper().readTree(ArticleJson.write(withMetadata, false)).get("metadata")
                .get("sources");
        assertEquals("HEADING", sources.get("headline").asText());
        assertEquals("URL", sources.get("publicationDate").asText());
        assertEquals(2, sources.size());
    }

    @Test
    void metadataIsWrittenWithNullsForUnknownFields() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(ArticleJson.write(article(), false)).get("metadata");
        assertTrue(metadata.get("headline").isNull());
        assertEquals(0, metadata.get("authors").size());
        assertTrue(metadata.get("canonicalUrl").isNull());
    }
}
