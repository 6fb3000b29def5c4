package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;

/**
 * The seed article against its hand-made expectations ({@code shared/data/seed/gold.json}). Skipped when the
 * shared data is not beside the project.
 */
class SeedArticleTest {

    private static String text;
    private static JsonNode gold;
    private static Article article;

    @BeforeAll
    static void annotateSeed() throws IOException {
        Optional<Path> shared = TestTexts.sharedData();
        assumeTrue(shared.isPresent(), "shared/data is not beside the project");
        Path seed = shared.get().resolve("seed");
        text = Files.readString(seed.resolve("article.txt"), StandardCharsets.UTF_8);
        gold = new ObjectMapper().readTree(seed.resolve("gold.json").toFile());
        article = NewsPipeline.annotate(text);
    }

    @Test
    void bodyIsExactlyTheGoldBodyLines() {
        int start = gold.at("/body/start").asInt();
        int end = gold.at("/body/end").asInt();
        List<String> expected = new ArrayList<>();
        for (String line : text.substring(start, end).split("\n")) {
            if (!line.isBlank()) {
                expected.add(line.strip());
            }
        }
        assertEquals(expected, article.body().stream().map(Paragraph::text).toList());
        assertEquals(start, article.body().get(0).span().start());
        assertEquals(end, article.body().get(article.body().size() - 1).span().end());
    }

    @Test
    void everyGoldQuoteIsFoundWithItsSpeakerAndMention() {
        assertEquals(gold.get("quotes").size(), article.quotes().size());
        for (JsonNode g : gold.get("quotes")) {
            Span span = new Span(g.get("start").asInt(), g.get("end").asInt());
            Quote q = article.quotes().stream().filter(x -> x.span().equals(span)).findFirst()
                    .orElseThrow(() -> new AssertionError("quote not found: " + g.get("text").asText()));
            Speaker speaker = q.speaker().orElseThrow(() -> new AssertionError("no speaker: " + q.text()));
            assertEquals(name(g.at("/speaker/name").asText()), name(speaker.name()), q.text());
            assertEquals(g.at("/speaker/type").asText(), speaker.type().name(), q.text());
            Mention mention = q.speakerMention().orElseThrow();
            assertEquals(new Span(g.at("/speaker/mention/start").asInt(), g.at("/speaker/mention/end").asInt()),
                    mention.span(), q.text());
            assertEquals(new Span(g.at("/cue/start").asInt(), g.at("/cue/end").asInt()), q.cue().orElseThrow(),
                    q.text());
        }
    }

    @Test
    void crossheadInSingleQuotesIsNoQuote() {
        for (JsonNode n : gold.get("not_quotes")) {
            Span span = new Span(n.get("start").asInt(), n.get("end").asInt());
            assertTrue(article.quotes().stream().noneMatch(q -> q.span().overlaps(span)), n.get("text").asText());
            assertTrue(article.body().stream().anyMatch(p -> p.span().contains(span)), "crosshead stays in body");
        }
    }

    @Test
    void clutterAppearsNowhereInTheResult() {
        for (JsonNode n : gold.get("must_not_appear")) {
            String s = n.asText();
            assertTrue(article.body().stream().noneMatch(p -> p.text().contains(s)), "body has " + s);
            assertTrue(article.entities().stream().flatMap(e -> e.mentions().stream())
                    .noneMatch(m -> m.text().contains(s)), "entities have " + s);
            assertTrue(article.quotes().stream().noneMatch(q -> q.text().contains(s)), "quotes have " + s);
        }
    }

    @Test
    void noSpeakerIsNamedByAPronoun() {
        Set<String> pronouns = Set.of("he", "she", "it", "they", "him", "her", "them");
        for (Speaker s : article.speakers()) {
            assertFalse(pronouns.contains(s.name().toLowerCase(Locale.ROOT)), s.name());
        }
    }

    @Test
    void gaddafisMentionsAreOnePerson() {
        List<Entity> gaddafi = article.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.name().contains("Gaddafi")).toList();
        assertEquals(1, gaddafi.size());
        assertEquals("Muammar Gaddafi", gaddafi.get(0).name());
        assertTrue(gaddafi.get(0).mentions().stream().anyMatch(m -> m.text().equals("Col Gaddafi")));
    }

    /** Names compare without case and a leading article: "the US state department" = "US state department". */
    private static String name(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
