package org.newspipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Small helpers that read values from markup, whitespace collapsed and character references decoded. */
final class MarkupValues {

    private static final Pattern READER_ITEM = Pattern.compile(
            "(?i)schema\\.org/(?:Review|Comment|UserComments|Question|Answer|Product|Offer)\\b");

    private MarkupValues() {
    }

    /** @return the first JSON-LD article's value of a field, if it is a non-blank string */
    static Optional<String> json(List<JsonNode> articles, String field) {
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

    /** @return the {@code content} of the first element the query selects */
    static Optional<String> meta(Document doc, String query) {
        return attr(doc.selectFirst(query), "content");
    }

    /** @return an element's attribute, if the element exists and the value is not blank */
    static Optional<String> attr(Element e, String name) {
        return e == null ? Optional.empty() : clean(e.attr(name));
    }

    /** @return an element's text, if the element exists and the text is not blank */
    static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : clean(e.text());
    }

    /**
     * @param s a value; character references left in it (a page that escaped them twice) are decoded
     * @return the value with whitespace collapsed, if not blank
     */
    static Optional<String> clean(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String c = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        c = c.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    /**
     * @param e an element with an {@code itemprop}
     * @return true if the microdata item the property belongs to (the nearest enclosing {@code itemscope}) is a
     *         review, comment, question, answer or product: its author and date are a reader's or a shop's, not
     *         the article's
     */
    static boolean ofReaderItem(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.hasAttr("itemscope")) {
                return READER_ITEM.matcher(a.attr("itemtype")).find();
            }
        }
        return false;
    }

    /**
     * @param e            an element
     * @param pageWrappers the page's wrappers, see {@link #pageWrappers}
     * @return true if the element or one of its ancestors is layout by tag, role, class or id. An ancestor that
     *         holds a main heading, an {@code <article>} or {@code <main>} is a page wrapper whatever its name says
     *         ("layout-with-sidebar", "navigation-container"), and does not count
     */
    static boolean inLayout(Element e, Set<Element> pageWrappers) {
        for (Element a = e; a != null; a = a.parent()) {
            boolean layoutTag = DomCues.layoutTag(a);
            if ((layoutTag || DomCues.clutterName(a)) && (layoutTag || !pageWrappers.contains(a))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The elements that are or hold a main heading, an {@code <article>} or {@code <main>}, or that hold more than
     * half of the text of the page's body outside links (a menu is links), found once per page so that
     * {@link #inLayout} costs no search of the page: a name such as "layout-with-sidebar" on the element that wraps
     * the whole page names the page's layout, not a part of it. An {@code <article>} in a list item or named like
     * layout ("comment-12") is no mark: blogs mark up each comment as one.
     *
     * @param doc the parsed page
     * @return those elements, compared by identity
     */
    static Set<Element> pageWrappers(Document doc) {
        Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element mark : doc.select("h1, article, main")) {
            if (mark.normalName().equals("article") && (DomCues.clutterName(mark) || mark.closest("li") != null)) {
                continue;
            }
            for (Element a = mark; a != null && wrappers.add(a); a = a.parent()) {
                // every ancestor once: the walk stops at one already added
            }
        }
        Element body = doc.body();
        if (body != null) {
            Map<Element, Integer> lengths = textLengths(body);
            int half = lengths.getOrDefault(body, 0) / 2;
            for (Element e = body; e != null; ) {
                wrappers.add(e);
                e = e.children().stream().filter(c -> lengths.getOrDefault(c, 0) > half).findFirst().orElse(null);
            }
        }
        return Collections.unmodifiableSet(wrappers);
    }

    /** The length of the text outside links under each element of a subtree, in one walk. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        int[] links = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    links[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    links[0]--;
                }
                int own = node instanceof TextNode t ? (links[0] > 0 || t.isBlank() ? 0 : t.getWholeText().length())
                        : node instanceof Element e ? lengths.getOrDefault(e, 0) : 0;
                if (own > 0 && node != root && node.parent() instanceof Element parent) {
                    lengths.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }
}
