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
import org.newspipeline.boilerplate.BlockHint;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Stage;

/**
 * Turns a page's HTML into its visible text, one block per line, with a {@link BlockHint} per line from the DOM:
 * link density, layout containers (tags, roles and class/id cues such as nav, footer, aside, comments, share,
 * related), the page's main content container (scored from its paragraphs, as Readability does, and favoured when
 * it is an {@code <article>}, {@code <main>} or named as content) and the JSON-LD {@code articleBody}, which is a
 * hint, not trusted blindly. Picture captions and credits ({@code <figcaption>}, a class or id naming a caption or
 * credit) and bylines and dates ({@code <time>}, a class or id naming a byline, author, date or meta line) are
 * marked as layout even inside the content. Scripts, styles, forms controls and hidden elements are dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor implements Stage<String, HtmlText> {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "option", "input", "textarea", "head", "object", "embed", "canvas", "map");
    private static final double LINK_HEAVY = 0.5;
    /** Layout named only by a class or id is evidence, not proof: it lowers the score by this plus a word each. */
    private static final double NAMED_CLUTTER_PRIOR = 5;
    private static final double IN_ROOT_PRIOR = 4;
    private static final double IN_ROOT_PER_WORD = 0.6;
    private static final double OUT_OF_ROOT_PRIOR = -4;
    private static final double OUT_OF_ROOT_PER_WORD = -0.7;
    private static final int JSON_BODY_MIN_CHARS = 200;
    private static final double JSON_MATCH_PER_WORD = 0.5;

    private final MetadataReader metadataReader = new MetadataReader();
    private final ContentFinder contentFinder = new ContentFinder();

    @Override
    public HtmlText apply(String html) {
        Document doc = Jsoup.parse(html);
        List<JsonNode> articles = metadataReader.articleObjects(doc);
        Metadata metadata = metadataReader.read(doc, articles);
        Optional<String> jsonBody = metadataReader.articleBody(articles)
                .filter(b -> b.length() >= JSON_BODY_MIN_CHARS).map(b -> Whitespace.squeeze(b).toLowerCase(Locale.ROOT));
        Element body = doc.body();
        clean(body);
        List<TextBlock> blocks = BlockSplitter.split(body);
        ContentFinder.Content content = contentFinder.find(blocks);
        Element root = content.root();
        Map<Element, Boolean> layoutCache = new IdentityHashMap<>();
        Map<Element, Boolean> namedCache = new IdentityHashMap<>();
        Map<Element, Boolean> captionCache = new IdentityHashMap<>();
        Map<Element, Boolean> bylineCache = new IdentityHashMap<>();
        StringBuilder text = new StringBuilder();
        List<BlockHint> hints = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(block.text());
            Span span = new Span(start, text.length());
            boolean named = layout(block.owner(), root, namedCache, DomCues::clutterName);
            double prior = prior(block, content, jsonBody) - (named ? NAMED_CLUTTER_PRIOR + block.words() : 0);
            boolean layout = layout(block.owner(), root, layoutCache, DomCues::layoutTag)
                    || layout(block.owner(), root, captionCache, DomCues::caption)
                    || layout(block.owner(), root, bylineCache, DomCues::byline);
            hints.add(new BlockHint(span, prior, layout));
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

    private static double prior(TextBlock block, ContentFinder.Content content, Optional<String> jsonBody) {
        int words = block.words();
        double prior;
        if (content.contains(block.owner())) {
            prior = IN_ROOT_PRIOR + IN_ROOT_PER_WORD * words;
        } else {
            prior = OUT_OF_ROOT_PRIOR + OUT_OF_ROOT_PER_WORD * words;
        }
        if (block.linkDensity() >= LINK_HEAVY) {
            prior -= words;
        }
        if (jsonBody.isPresent() && words >= 5) {
            boolean matches = jsonBody.get().contains(Whitespace.squeeze(block.text()).toLowerCase(Locale.ROOT));
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
        } else if (test.test(e) && (root == null || !Dom.isInside(root, e))) {
            result = true;
        } else {
            result = layout(e.parent(), root, cache, test);
        }
        if (e != null) {
            cache.put(e, result);
        }
        return result;
    }

    @Override
    public String name() {
        return "html";
    }
}
