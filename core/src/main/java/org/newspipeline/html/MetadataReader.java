package org.newspipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newspipeline.model.Metadata;

/**
 * Reads a page's metadata and JSON-LD article data from its markup. Stateless and thread-safe.
 */
final class MetadataReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The JSON-LD objects of the page that describe an article ({@code @type} ending in Article, BlogPosting,
     * Report or similar), in page order; broken JSON is skipped.
     */
    List<JsonNode> articleObjects(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (java.io.IOException | RuntimeException e) {
                // a page's broken JSON-LD is not our error: the markup still gives the other hints
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        } else if (node.isObject()) {
            if (isArticle(node.get("@type"))) {
                found.add(node);
            }
            collect(node.get("@graph"), found);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("posting")
                || t.equals("liveblogposting");
    }

    /** @return the JSON-LD {@code articleBody}, if the page has one */
    Optional<String> articleBody(List<JsonNode> articles) {
        return articles.stream().map(a -> a.path("articleBody").asText("")).filter(s -> !s.isBlank())
                .findFirst();
    }

    /**
     * @param doc      the parsed page
     * @param articles its JSON-LD article objects
     * @return what the markup says about the article
     */
    Metadata read(Document doc, List<JsonNode> articles) {
        Optional<String> headline = first(
                jsonText(articles, "headline"),
                meta(doc, "meta[property=og:title]"),
                meta(doc, "meta[name=twitter:title]"),
                text(doc.selectFirst("h1")),
                clean(doc.title()));
        Optional<String> date = first(
                jsonText(articles, "datePublished"),
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name~=(?i)^(pubdate|publishdate|publish-date|date|dc\\.date|dcterms\\.date"
                        + "|sailthru\\.date|parsely-pub-date)$]"),
                attr(doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        Optional<String> language = first(
                attr(doc.selectFirst("html[lang]"), "lang"),
                meta(doc, "meta[http-equiv~=(?i)content-language]"),
                jsonText(articles, "inLanguage"),
                meta(doc, "meta[property=og:locale]").map(l -> l.replace('_', '-')));
        Optional<String> canonical = first(
                attr(doc.selectFirst("link[rel=canonical][href]"), "href"),
                meta(doc, "meta[property=og:url]"));
        return new Metadata(headline, authors(doc, articles), date, language, canonical);
    }

    private static List<String> authors(Document doc, List<JsonNode> articles) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : articles) {
            addNames(a.get("author"), names);
        }
        if (names.isEmpty()) {
            for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
                clean(m.attr("content")).filter(s -> !s.contains("://")).map(s -> s.replaceFirst("(?i)^by\\s+", ""))
                        .ifPresent(names::add);
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name]")) {
                text(e).ifPresent(names::add);
            }
        }
        return List.copyOf(names);
    }

    private static void addNames(JsonNode author, Set<String> names) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> addNames(a, names));
        } else if (author.isObject()) {
            clean(author.path("name").asText("")).ifPresent(names::add);
        } else if (author.isTextual()) {
            clean(author.asText()).filter(s -> !s.contains("://")).ifPresent(names::add);
        }
    }

    private static Optional<String> jsonText(List<JsonNode> articles, String field) {
        for (JsonNode a : articles) {
            JsonNode v = a.get(field);
            if (v != null && v.isValueNode()) {
                Optional<String> s = clean(v.asText());
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document doc, String query) {
        return attr(doc.selectFirst(query), "content");
    }

    private static Optional<String> attr(Element e, String name) {
        return e == null ? Optional.empty() : clean(e.attr(name));
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : clean(e.text());
    }

    private static Optional<String> clean(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String c = s.replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
