package org.newspipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newspipeline.boilerplate.BlockHint;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Stage;

/**
 * Turns a page's HTML into its visible text, one block per line, with a {@link BlockHint} per line from the DOM:
 * link density, layout containers (tags, roles and class/id cues such as nav, footer, aside, comments, share,
 * related), the page's main content container (scored from its paragraphs, as Readability does, and favoured when
 * it is an {@code <article>}, {@code <main>} or named as content) and the JSON-LD {@code articleBody}, which is a
 * hint, not trusted blindly. Scripts, styles, forms controls and hidden elements are dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor implements Stage<String, HtmlText> {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "option", "input", "textarea", "head", "object", "embed", "canvas", "map");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "table", "tr",
            "td", "th", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "form", "hr", "address",
            "fieldset", "details", "summary", "caption", "center", "body", "menu", "dialog", "picture", "video");
    private static final double LINK_HEAVY = 0.5;
    /** Layout named only by a class or id is evidence, not proof: it lowers the score by this plus a word each. */
    private static final double NAMED_CLUTTER_PRIOR = 5;
    private static final int ROOT_MIN_CHARS = 25;
    private static final double IN_ROOT_PRIOR = 4;
    private static final double IN_ROOT_PER_WORD = 0.6;
    private static final double OUT_OF_ROOT_PRIOR = -4;
    private static final double OUT_OF_ROOT_PER_WORD = -0.7;
    /** A sibling of the content root that scores at least this share of it is part of the content. */
    private static final double SIBLING_SHARE = 0.2;
    private static final int JSON_BODY_MIN_CHARS = 200;
    private static final double JSON_MATCH_PER_WORD = 0.5;

    private final MetadataReader metadataReader = new MetadataReader();

    @Override
    public HtmlText apply(String html) {
        Document doc = Jsoup.parse(html);
        List<JsonNode> articles = metadataReader.articleObjects(doc);
        Metadata metadata = metadataReader.read(doc, articles);
        Optional<String> jsonBody = metadataReader.articleBody(articles)
                .filter(b -> b.length() >= JSON_BODY_MIN_CHARS).map(b -> squeeze(b).toLowerCase(Locale.ROOT));
        Element body = doc.body();
        clean(body);
        List<Block> blocks = blocks(body);
        Map<Element, Double> containerScores = containerScores(blocks);
        Element root = contentRoot(containerScores);
        List<Element> content = contentParts(root, containerScores);
        Map<Element, Boolean> layoutCache = new IdentityHashMap<>();
        Map<Element, Boolean> namedCache = new IdentityHashMap<>();
        StringBuilder text = new StringBuilder();
        List<BlockHint> hints = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(block.text);
            Span span = new Span(start, text.length());
            boolean named = layout(block.owner, root, namedCache, DomCues::clutterName);
            double prior = prior(block, content, jsonBody) - (named ? NAMED_CLUTTER_PRIOR + block.words() : 0);
            hints.add(new BlockHint(span, prior, layout(block.owner, root, layoutCache, DomCues::layoutTag)));
        }
        return new HtmlText(text.toString(), hints, metadata);
    }

    private static void clean(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (DROPPED.contains(e.normalName()) || DomCues.hidden(e)) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
    }

    /** A block of visible text, the element that holds its first text, and how much of it is link text. */
    private record Block(String text, Element owner, int linkChars) {

        int words() {
            return text.split("\\s+").length;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static List<Block> blocks(Element body) {
        List<Block> blocks = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder current = new StringBuilder();
            private Element owner;
            private int linkChars;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (s.isBlank()) {
                        if (current.length() > 0) {
                            current.append(' ');
                        }
                        return;
                    }
                    if (owner == null) {
                        owner = t.parentNode() instanceof Element p ? p : body;
                    }
                    String squeezed = squeeze(s);
                    if (inLink(t)) {
                        linkChars += squeezed.strip().length();
                    }
                    current.append(squeezed);
                } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("br"))) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                } else if (node == body) {
                    flush();
                }
            }

            private void flush() {
                String s = squeeze(current.toString()).strip();
                if (!s.isEmpty()) {
                    blocks.add(new Block(s, owner, Math.min(linkChars, s.length())));
                }
                current.setLength(0);
                owner = null;
                linkChars = 0;
            }
        }, body);
        return blocks;
    }

    private static boolean inLink(Node node) {
        for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.normalName().equals("a")) {
                return true;
            }
            if (BLOCKS.contains(e.normalName())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The element that holds the article: each paragraph-like block gives points (one, plus its commas, plus one
     * per hundred chars up to three) to its container and, less, to the two above; a container named as content
     * gets a bonus. Link-heavy blocks give nothing.
     */
    private static Map<Element, Double> containerScores(List<Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.text.length() < ROOT_MIN_CHARS || b.linkDensity() > 0.33) {
                continue;
            }
            double points = 1 + commas(b.text) + Math.min(b.text.length() / 100.0, 3);
            Element e = container(b.owner);
            for (int level = 1; e != null && level <= 3; level++, e = e.parent()) {
                scores.merge(e, points / level, Double::sum);
            }
        }
        return scores;
    }

    private static double weighted(Map.Entry<Element, Double> entry) {
        return entry.getValue() * (DomCues.contentName(entry.getKey()) ? 1.25 : 1)
                * (DomCues.clutterName(entry.getKey()) ? 0.5 : 1);
    }

    /**
     * The content root and those of its siblings that score at least a share of it (as Readability joins them):
     * an article split by a photo, an embed or an advertisement into sibling containers stays whole.
     */
    private static List<Element> contentParts(Element root, Map<Element, Double> scores) {
        if (root == null) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        parts.add(root);
        double rootScore = scores.getOrDefault(root, 0.0);
        for (Element sibling : root.siblingElements()) {
            Double score = scores.get(sibling);
            if (score != null && score >= SIBLING_SHARE * rootScore && !DomCues.clutterName(sibling)
                    && !DomCues.layoutTag(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static Element contentRoot(Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = weighted(entry);
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best;
    }

    /** The nearest block-level element at or above {@code e}. */
    private static Element container(Element e) {
        Element c = e;
        while (c != null && !BLOCKS.contains(c.normalName())) {
            c = c.parent();
        }
        return c == null ? e : c;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private static double prior(Block block, List<Element> content, Optional<String> jsonBody) {
        int words = block.words();
        double prior;
        if (content.stream().anyMatch(part -> isInside(block.owner, part))) {
            prior = IN_ROOT_PRIOR + IN_ROOT_PER_WORD * words;
        } else {
            prior = OUT_OF_ROOT_PRIOR + OUT_OF_ROOT_PER_WORD * words;
        }
        if (block.linkDensity() >= LINK_HEAVY) {
            prior -= words;
        }
        if (jsonBody.isPresent() && words >= 5) {
            boolean matches = jsonBody.get().contains(squeeze(block.text).toLowerCase(Locale.ROOT));
            prior += matches ? JSON_MATCH_PER_WORD * words : -JSON_MATCH_PER_WORD * words;
        }
        return prior;
    }

    /** True if some container of {@code e} that does not hold the content root passes the layout test. */
    private static boolean layout(Element e, Element root, Map<Element, Boolean> cache,
                                  java.util.function.Predicate<Element> test) {
        Boolean cached = cache.get(e);
        if (cached != null) {
            return cached;
        }
        boolean result;
        if (e == null || e.normalName().equals("body") || e.normalName().equals("html")) {
            result = false;
        } else if (test.test(e) && (root == null || !isInside(root, e))) {
            result = true;
        } else {
            result = layout(e.parent(), root, cache, test);
        }
        if (e != null) {
            cache.put(e, result);
        }
        return result;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Collapses runs of whitespace (including no-break and other Unicode spaces) to one space. */
    private static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                } else if (space && i > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        if (space && out.length() > 0) {
            out.append(' ');
        }
        return out.toString();
    }

    @Override
    public String name() {
        return "html";
    }
}
