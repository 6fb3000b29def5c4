package org.newspipeline.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.newspipeline.metadata.AuthorNames;
import org.newspipeline.metadata.DateText;
import org.newspipeline.metadata.Found;
import org.newspipeline.metadata.MetadataWords;
import org.newspipeline.metadata.TitleParts;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;

/**
 * Reads a page's metadata and JSON-LD article data from its markup: the headline ({@link HeadlineReader}), the
 * authors ({@link AuthorReader}), the publication date ({@link DateReader}), the declared language and the canonical
 * URL, each with its {@link MetadataSource}. Stateless and thread-safe.
 */
final class MetadataReader {

    /** Lenient as pages need it: raw line breaks inside strings and trailing commas are common in JSON-LD. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final HeadlineReader headlines;
    private final AuthorReader authors;
    private final DateReader dates;

    /** @param words the word lists to read bylines, dates and titles with */
    MetadataReader(MetadataWords words) {
        headlines = new HeadlineReader(new TitleParts(words));
        authors = new AuthorReader(new AuthorNames(words));
        dates = new DateReader(new DateText(words), words.dateLabels());
    }

    /**
     * The JSON-LD objects of the page that describe an article ({@code @type} ending in Article, BlogPosting,
     * Report or similar), in page order; broken JSON is skipped.
     */
    List<JsonNode> articleObjects(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script:not([src])")) {
            if (!isJsonLd(script)) {
                continue;
            }
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (java.io.IOException | RuntimeException e) {
                // a page's broken JSON-LD is not our error: the markup still gives the other hints
            }
        }
        return found;
    }

    /**
     * @return true for a script of type {@code application/ld+json}, or a script without a type whose text is a
     *         JSON object naming a linked-data {@code @context}: some sites leave the type out
     */
    private static boolean isJsonLd(Element script) {
        String type = script.attr("type").trim();
        if (type.equalsIgnoreCase("application/ld+json")) {
            return true;
        }
        if (!type.isEmpty()) {
            return false;
        }
        if (script.childNodeSize() != 1 || !(script.childNode(0) instanceof DataNode node)) {
            return false;
        }
        String data = node.getWholeData();
        int k = 0;
        while (k < data.length() && Character.isWhitespace(data.charAt(k))) {
            k++;
        }
        return k < data.length() && (data.charAt(k) == '{' || data.charAt(k) == '[') && data.contains("\"@context\"");
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
     * @param wrappers the page's wrappers ({@link MarkupValues#pageWrappers})
     * @return what the page says about the article, each field with its source
     */
    Metadata read(Document doc, List<JsonNode> articles, Set<Element> wrappers) {
        Optional<Found<String>> canonical = MarkupValues.attr(doc.selectFirst("link[rel=canonical][href]"), "href")
                .map(u -> new Found<>(u, MetadataSource.LINK_ELEMENT))
                .or(() -> MarkupValues.meta(doc, "meta[property=og:url]").map(u -> new Found<>(u,
                        MetadataSource.META_TAG)));
        Optional<String> url = canonical.map(Found::value).filter(u -> u.contains("://"));
        String text = doc.body() == null ? "" : doc.body().text().toLowerCase(Locale.ROOT);
        PageFacts page = new PageFacts(doc, articles, siteNames(doc, articles, url), url,
                PageFacts.headings(doc, wrappers), text, new PageLayout(wrappers), TextSizes.of(doc.body()));
        Optional<Found<String>> language = MarkupValues.attr(doc.selectFirst("html[lang]"), "lang")
                .or(() -> MarkupValues.meta(doc, "meta[http-equiv~=(?i)content-language]"))
                .map(l -> new Found<>(l, MetadataSource.MARKUP_LANG))
                .or(() -> MarkupValues.json(articles, "inLanguage").map(l -> new Found<>(l, MetadataSource.JSON_LD)))
                .or(() -> MarkupValues.meta(doc, "meta[property=og:locale]")
                        .map(l -> new Found<>(l.replace('_', '-'), MetadataSource.META_TAG)));
        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        Optional<String> headline = take(headlines.read(page), MetadataField.HEADLINE, sources);
        List<String> authorNames = take(authors.read(page), MetadataField.AUTHORS, sources).orElse(List.of());
        Optional<String> date = take(dates.read(page), MetadataField.PUBLICATION_DATE, sources);
        Optional<String> lang = take(language, MetadataField.LANGUAGE, sources);
        Optional<String> canonicalUrl = take(canonical, MetadataField.CANONICAL_URL, sources);
        return new Metadata(headline, authorNames, date, lang, canonicalUrl, sources);
    }

    private static <T> Optional<T> take(Optional<Found<T>> found, MetadataField field,
                                        Map<MetadataField, MetadataSource> sources) {
        found.ifPresent(f -> sources.put(field, f.source()));
        return found.map(Found::value);
    }

    /**
     * The site's names, as keys: {@code og:site_name}, {@code application-name}, the JSON-LD publisher's name, and
     * the host of the page's address without its first label "www" and its last (the country or kind).
     */
    private static Set<String> siteNames(Document doc, List<JsonNode> articles, Optional<String> url) {
        Set<String> names = new LinkedHashSet<>();
        MarkupValues.meta(doc, "meta[property=og:site_name]").ifPresent(n -> names.add(AuthorNames.key(n)));
        MarkupValues.meta(doc, "meta[name=application-name]").ifPresent(n -> names.add(AuthorNames.key(n)));
        for (JsonNode a : articles) {
            MarkupValues.clean(a.path("publisher").path("name").asText("")).ifPresent(n -> names.add(
                    AuthorNames.key(n)));
        }
        url.flatMap(MetadataReader::host).ifPresent(host -> {
            String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
            if (labels.length >= 2) {
                names.add(AuthorNames.key(String.join(".", Arrays.copyOf(labels, labels.length - 1))));
                names.add(AuthorNames.key(labels[labels.length - 2]));
            }
        });
        names.remove("");
        return names;
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip().replace(" ", "%20")).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
