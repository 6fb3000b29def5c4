package org.newspipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the metadata readers of a page share.
 *
 * @param doc       the parsed page
 * @param articles  its JSON-LD article objects
 * @param siteNames the names of the site and its publisher, normalised by
 *                  {@link org.newspipeline.metadata.AuthorNames#key(String)}
 * @param url       the page's address, as the page declares it
 * @param headings  the page's main headings ({@code <h1>}) that are neither hidden nor in layout, in page order
 * @param text      the text of the page's body, whitespace collapsed, in lower case: what a reader may see
 * @param layout    which of its elements are in layout
 * @param sizes     how much text and how many nodes each element of its body holds
 */
record PageFacts(Document doc, List<JsonNode> articles, Set<String> siteNames, Optional<String> url,
                 List<Element> headings, String text, PageLayout layout, TextSizes sizes) {

    private static final int MIN_TITLE_HEADING_CHARS = 10;

    /** Copies the collections. */
    PageFacts {
        articles = List.copyOf(articles);
        siteNames = Set.copyOf(siteNames);
        headings = List.copyOf(headings);
    }

    /**
     * @param doc          the parsed page
     * @param pageWrappers the page's wrappers ({@link MarkupValues#pageWrappers})
     * @return its main headings that are neither hidden nor in layout (a site's logo in a header or navigation
     *         is often an {@code <h1>})
     */
    static List<Element> headings(Document doc, Set<Element> pageWrappers) {
        if (doc.body() == null) {
            return List.of();
        }
        return doc.body().select("h1").stream().filter(h -> !h.text().isBlank()
                && !MarkupValues.inLayout(h, pageWrappers) && !DomCues.hidden(h)).toList();
    }

    /**
     * @param e an element of the page
     * @return true if it or one of its ancestors is layout (see {@link MarkupValues#inLayout})
     */
    boolean inLayout(Element e) {
        return layout.inLayout(e);
    }

    /**
     * @param value a name or other value
     * @return true if the page's text shows it (ignoring case and spacing)
     */
    boolean shows(String value) {
        return text.contains(normal(value));
    }

    /**
     * @return the first main heading whose text the page's {@code <title>} holds; else the first second- or
     *         third-level heading outside layout that the title holds, as a blog that keeps {@code <h1>} for its
     *         own name sets the post's title; else the first main heading
     */
    Optional<Element> titleHeading() {
        if (doc.body() == null) {
            return Optional.empty();
        }
        String title = normal(doc.title());
        return headings.stream().filter(h -> heldBy(title, h)).findFirst()
                .or(() -> doc.body().select("h2, h3").stream()
                        .filter(h -> heldBy(title, h) && !inLayout(h) && !DomCues.hidden(h)).findFirst())
                .or(() -> headings.stream().findFirst());
    }

    /** A heading of at least {@value #MIN_TITLE_HEADING_CHARS} characters that the title holds. */
    private static boolean heldBy(String title, Element heading) {
        String t = normal(heading.text());
        return t.length() >= MIN_TITLE_HEADING_CHARS && title.contains(t);
    }

    private static String normal(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
