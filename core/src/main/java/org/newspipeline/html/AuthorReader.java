package org.newspipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newspipeline.metadata.AuthorNames;
import org.newspipeline.metadata.Found;
import org.newspipeline.model.MetadataSource;

/**
 * Finds an article's authors, from the first of these that names a person: the JSON-LD article's {@code author}
 * (people, not organisations) and author {@code <meta>} tags, each name only if the page's text shows it (a name
 * the reader never sees is often the account that uploaded the page, not the article's author), with the full name
 * a {@code twitter:label} "Written by" pairs with its {@code twitter:data}; microdata {@code itemprop="author"}
 * that is not a review's or a comment's, again only names the text shows; the byline,
 * an element outside layout (comments, sidebars, related stories) whose class or id names an author or a byline, or a
 * {@code rel="author"} link; else a short line outside layout that opens with a byline prefix ("By", "Von").
 * Every value goes through {@link AuthorNames}, so the site's own name, roles, dates and
 * anything that does not look like a name are left out; no name is better than a doubtful one. Stateless and
 * thread-safe.
 */
final class AuthorReader {

    private static final String META = "meta[name~=(?i)^(author|byl|dc\\.creator|dcterms\\.creator|sailthru\\.author"
            + "|parsely-author|article:author)$], meta[property~=(?i)^(article:author|og:article:author)$]";
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:byline|by-line|author|authors|autor|autorin|autoren|auteur|auteurs|autore|autori"
            + "|verfasser|writer)(?:$|[-_\\s]|name)");
    /** A link to a page about a person: the path names authors, users or members. */
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(?i)/(?:author|autor|auteur|user|member|profil|redaktion)[\\w-]*(?:[/.?=#]|$)");
    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_TEXT_BYLINE_CHARS = 80;
    private static final java.util.Set<String> TEXT_BYLINE_TAGS = java.util.Set.of("p", "div", "span", "em", "i",
            "strong", "b", "small", "h4", "h5", "h6", "li", "address", "a");

    private final AuthorNames names;

    AuthorReader(AuthorNames names) {
        this.names = names;
    }

    Optional<Found<List<String>>> read(PageFacts page) {
        Map<String, String> found = new LinkedHashMap<>();
        for (JsonNode a : page.articles()) {
            jsonAuthors(a.get("author"), page, found);
        }
        found.values().removeIf(n -> !page.shows(n));
        if (!found.isEmpty()) {
            return found(found, MetadataSource.JSON_LD);
        }
        for (Element m : page.doc().select(META)) {
            MarkupValues.attr(m, "content").filter(s -> !s.contains("://"))
                    .ifPresent(s -> add(names.names(s, page.siteNames()), found));
        }
        for (Element label : page.doc().select("meta[name~=^twitter:label\\d$][content]")) {
            if (names.isBylineLabel(label.attr("content"))) {
                String data = "twitter:data" + label.attr("name").substring("twitter:label".length());
                MarkupValues.attr(page.doc().selectFirst("meta[name=" + data + "]"), "content")
                        .map(s -> names.names(s, page.siteNames()))
                        .filter(list -> list.stream().allMatch(n -> n.indexOf(' ') > 0))
                        .ifPresent(list -> add(list, found));
            }
        }
        found.values().removeIf(n -> !page.shows(n));
        if (!found.isEmpty()) {
            return found(found, MetadataSource.META_TAG);
        }
        List<Element> authors = page.doc().select("[itemprop=author]");
        Map<Element, Element> nameOf = firstNames(authors, page.doc().select("[itemprop=name]"));
        for (Element e : authors) {
            if (page.inLayout(e) || MarkupValues.ofReaderItem(e)) {
                continue;
            }
            Element name = nameOf.get(e);
            Element holder = name != null ? name : e;
            Optional<String> value = MarkupValues.attr(holder, "content").or(() -> shortText(holder, page.sizes()));
            value.filter(s -> s.length() <= MAX_BYLINE_CHARS)
                    .ifPresent(s -> add(names.names(s, page.siteNames()), found));
        }
        found.values().removeIf(n -> !page.shows(n));
        if (!found.isEmpty()) {
            return found(found, MetadataSource.MICRODATA);
        }
        return byline(page).or(() -> textByline(page))
                .map(list -> new Found<>(list, MetadataSource.BYLINE));
    }

    /**
     * A byline without a name in the markup: the first short element outside layout whose text opens with a byline
     * prefix ("By", "Von", "Text:") and goes on with full names (a single word there is more often a verb or an
     * abbreviation than a name, unless it is the text of a link to an author's or a user's page).
     */
    private Optional<List<String>> textByline(PageFacts page) {
        if (page.doc().body() == null) {
            return Optional.empty();
        }
        for (Element e : page.doc().body().getAllElements()) {
            if (!TEXT_BYLINE_TAGS.contains(e.normalName()) || !page.sizes().mayBeShort(e, MAX_TEXT_BYLINE_CHARS)) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > MAX_TEXT_BYLINE_CHARS || !names.opensWithPrefix(text)
                    || page.inLayout(e) || DomCues.hidden(e)) {
                continue;
            }
            List<String> list = names.names(text, page.siteNames());
            if (!list.isEmpty() && list.stream().allMatch(n -> n.indexOf(' ') > 0 || linksToProfile(e, n))) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    /** True if {@code e} holds a link named {@code name} to a page about a person (an author's or a user's). */
    private static boolean linksToProfile(Element e, String name) {
        for (Element a : e.getElementsByTag("a")) {
            if (a.text().strip().equalsIgnoreCase(name) && PROFILE_LINK.matcher(a.attr("href")).find()) {
                return true;
            }
        }
        return false;
    }

    private Optional<List<String>> byline(PageFacts page) {
        if (page.doc().body() == null) {
            return Optional.empty();
        }
        for (Element e : page.doc().body().getAllElements()) {
            boolean named = e.attr("rel").equalsIgnoreCase("author")
                    || BYLINE_NAME.matcher(e.className() + " " + e.id()).find();
            if (!named || page.inLayout(e) || DomCues.hidden(e)) {
                continue;
            }
            Optional<String> text = shortText(e, page.sizes());
            if (text.isPresent()) {
                List<String> list = names.names(text.get(), page.siteNames());
                if (!list.isEmpty()) {
                    return Optional.of(list);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For each author element, its first descendant that microdata names ({@code itemprop=name}), as
     * {@code selectFirst} finds it, for all of them in one pass: each name walks up its ancestors, in page order, and
     * stops at one an earlier name has passed (whose ancestors that name has passed too).
     */
    private static Map<Element, Element> firstNames(List<Element> authors, List<Element> names) {
        Set<Element> isAuthor = Collections.newSetFromMap(new IdentityHashMap<>());
        isAuthor.addAll(authors);
        Set<Element> passed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Element> out = new IdentityHashMap<>();
        for (Element name : names) {
            for (Element a = name.parent(); a != null && passed.add(a); a = a.parent()) {
                if (isAuthor.contains(a)) {
                    out.put(a, name);
                }
            }
        }
        return out;
    }

    /**
     * The element's text when it is at most {@value #MAX_BYLINE_CHARS} characters long; the sizes are asked first,
     * so that a long element's text is never built.
     */
    private static Optional<String> shortText(Element e, TextSizes sizes) {
        return sizes.mayBeShort(e, MAX_BYLINE_CHARS)
                ? MarkupValues.text(e).filter(s -> s.length() <= MAX_BYLINE_CHARS) : Optional.empty();
    }

    private void jsonAuthors(JsonNode author, PageFacts page, Map<String, String> found) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> jsonAuthors(a, page, found));
        } else if (author.isObject()) {
            String type = author.path("@type").asText("").toLowerCase(Locale.ROOT);
            if (!type.contains("organization") && !type.contains("organisation")) {
                MarkupValues.clean(author.path("name").asText(""))
                        .ifPresent(s -> add(names.names(s, page.siteNames()), found));
            }
        } else if (author.isTextual()) {
            MarkupValues.clean(author.asText()).filter(s -> !s.contains("://"))
                    .ifPresent(s -> add(names.names(s, page.siteNames()), found));
        }
    }

    private static void add(List<String> list, Map<String, String> found) {
        list.forEach(n -> found.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
    }

    private static Optional<Found<List<String>>> found(Map<String, String> found, MetadataSource source) {
        return Optional.of(new Found<>(List.copyOf(new ArrayList<>(found.values())), source));
    }
}
