package org.newspipeline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.Entity;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;

/**
 * Writes an {@link Article} as JSON. The shape (offsets are {@code [start, end)} into {@code "text"}):
 * <pre>{@code
 * {"text": "...",
 *  "body":        [{"start", "end", "text"}],
 *  "boilerplate": [{"start", "end", "text", "reason"}],
 *  "sentences":   [{"start", "end", "text", "paragraph", "tagged"}],
 *  "entities":    [{"name", "type", "mentions": [{"start", "end", "text"}]}],
 *  "quotes":      [{"start", "end", "text",
 *                   "speaker": null | {"name", "type", "mention": null | {"start", "end", "text"}},
 *                   "cue": null | {"start", "end", "text"}, "rule", "confidence"}],
 *  "attributions": [{"content": [{"start", "end", "text"}], "kind",
 *                   "source": null | {"start", "end", "text"}, "speaker": null | {"name", "type"},
 *                   "cue": null | {"start", "end", "text"}, "rule", "confidence", "quotes": [quote index]}],
 *  "speakers":    [{"name", "type", "mentions": [{"start", "end", "text"}], "quotes": [quote index],
 *                   "attributions": [attribution index]}],
 *  "metadata":    {"headline", "authors": [name], "publicationDate", "language", "canonicalUrl",
 *                  "sources": {field: source}}}
 * }</pre>
 * Each metadata value is a string or null when unknown; {@code "authors"} is a list, empty when unknown;
 * {@code "publicationDate"} is {@code YYYY-MM-DD}. {@code "sources"} names, for each known field (by its key in
 * {@code "metadata"}), where it was found: a {@link org.newspipeline.model.MetadataSource} name such as
 * {@code "JSON_LD"} or {@code "BYLINE"}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    private ArticleJson() {
    }

    /**
     * @param article the article
     * @param pretty  true for indented output
     * @return the article as a JSON document
     */
    public static String write(Article article, boolean pretty) {
        try {
            return writer(pretty).writeValueAsString(tree(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an article as JSON", e);
        }
    }

    /**
     * Writes the article to a stream, which is left open.
     *
     * @param article the article
     * @param out     where to write
     * @param pretty  true for indented output
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Article article, Writer out, boolean pretty) {
        try {
            writer(pretty).writeValue(out, tree(article));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an article as JSON", e);
        }
    }

    /**
     * @param article the article
     * @return the JSON tree described in the class comment
     */
    public static ObjectNode tree(Article article) {
        Objects.requireNonNull(article, "article");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("text", article.text());
        ArrayNode body = root.putArray("body");
        for (Paragraph p : article.body()) {
            body.add(span(p.span(), p.text()));
        }
        ArrayNode boilerplate = root.putArray("boilerplate");
        for (Boilerplate b : article.boilerplate()) {
            boilerplate.add(span(b.span(), b.text()).put("reason", b.reason().name()));
        }
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : article.sentences()) {
            sentences.add(span(s.span(), s.text()).put("paragraph", s.paragraphIndex()).put("tagged", s.tagged()));
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : article.entities()) {
            ObjectNode node = entities.addObject().put("name", e.name()).put("type", e.type().name());
            ArrayNode mentions = node.putArray("mentions");
            e.mentions().forEach(m -> mentions.add(mention(m)));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : article.quotes()) {
            ObjectNode node = span(q.span(), q.text());
            if (q.speaker().isPresent()) {
                Speaker s = q.speaker().get();
                ObjectNode speaker = node.putObject("speaker").put("name", s.name()).put("type", s.type().name());
                speaker.set("mention", q.speakerMention().map(ArticleJson::mention).orElse(null));
            } else {
                node.putNull("speaker");
            }
            node.set("cue", q.cue().map(c -> span(c, article.textOf(c))).orElse(null));
            node.put("rule", q.rule().name());
            node.put("confidence", q.confidence());
            quotes.add(node);
        }
        ArrayNode attributions = root.putArray("attributions");
        for (Attribution a : article.attributions()) {
            ObjectNode node = attributions.addObject();
            ArrayNode content = node.putArray("content");
            a.content().forEach(p -> content.add(span(p.span(), p.text())));
            node.put("kind", a.kind().name());
            node.set("source", a.source().map(ArticleJson::mention).orElse(null));
            node.set("speaker", a.speaker().map(s -> MAPPER.createObjectNode().put("name", s.name())
                    .put("type", s.type().name())).orElse(null));
            node.set("cue", a.cue().map(c -> span(c, article.textOf(c))).orElse(null));
            node.put("rule", a.rule().name());
            node.put("confidence", a.confidence());
            ArrayNode indices = node.putArray("quotes");
            a.quoteIndices().forEach(indices::add);
        }
        ArrayNode speakers = root.putArray("speakers");
        for (Speaker s : article.speakers()) {
            ObjectNode node = speakers.addObject().put("name", s.name()).put("type", s.type().name());
            ArrayNode mentions = node.putArray("mentions");
            s.mentions().forEach(m -> mentions.add(mention(m)));
            ArrayNode indices = node.putArray("quotes");
            s.quoteIndices().forEach(indices::add);
            ArrayNode attributed = node.putArray("attributions");
            s.attributionIndices().forEach(attributed::add);
        }
        root.set("metadata", metadata(article.metadata()));
        return root;
    }

    private static ObjectNode metadata(Metadata m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("headline", m.headline().orElse(null));
        ArrayNode authors = node.putArray("authors");
        m.authors().forEach(authors::add);
        node.put("publicationDate", m.publicationDate().orElse(null));
        node.put("language", m.language().orElse(null));
        node.put("canonicalUrl", m.canonicalUrl().orElse(null));
        ObjectNode sources = node.putObject("sources");
        for (MetadataField field : MetadataField.values()) {
            m.source(field).ifPresent(s -> sources.put(key(field), s.name()));
        }
        return node;
    }

    private static String key(MetadataField field) {
        return switch (field) {
            case HEADLINE -> "headline";
            case AUTHORS -> "authors";
            case PUBLICATION_DATE -> "publicationDate";
            case LANGUAGE -> "language";
            case CANONICAL_URL -> "canonicalUrl";
        };
    }

    private static ObjectNode mention(Mention m) {
        return span(m.span(), m.text());
    }

    private static ObjectNode span(Span span, String text) {
        return MAPPER.createObjectNode().put("start", span.start()).put("end", span.end()).put("text", text);
    }

    private static ObjectWriter writer(boolean pretty) {
        return pretty ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT) : MAPPER.writer();
    }
}
