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
import org.newspipeline.boilerplate.BlockMarkup;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.metadata.MetadataWords;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Stage;

/**
 * Turns a page's HTML into its visible text, one block per line, with a {@link BlockHint} per line from the DOM:
 * link density, layout containers (tags, roles and class/id cues such as nav, footer, aside, comments, share,
 * related), the page's main content container (scored from its paragraphs, as Readability does, and favoured when
 * it is an {@code <article>}, {@code <main>} or named as content) and the JSON-LD {@code articleBody}, which is a
 * hint, not trusted blindly. Layout named by a class or id, picture captions and credits ({@code <figcaption>}, a
 * class or id naming a caption or credit) and bylines and dates ({@code <time>}, a class or id naming a byline,
 * author, date or meta line) are marked as layout even inside the content (see {@link LayoutMarks}). Scripts,
 * styles, forms controls and hidden elements are dropped; {@code <noscript>} blocks go before parsing, as a
 * browser that runs scripts never shows them ({@link NoscriptBlocks}). Of the containers the paragraph scores find, the
 * fitted {@link RootModel} chooses the content root.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor implements Stage<String, HtmlText> {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "option", "input", "textarea", "head", "object", "embed", "canvas", "map",
            "rt", "rp");
    /** A block with at least this share of link text is link-heavy: no running text. */
    static final double LINK_HEAVY = 0.5;
    /** A block in layout named by a class or id also scores this plus a word less, so the article stops there. */
    private static final double NAMED_CLUTTER_PRIOR = 5;
    private static final double IN_ROOT_PRIOR = 4;
    private static final double IN_ROOT_PER_WORD = 0.6;
    private static final double OUT_OF_ROOT_PRIOR = -4;
    private static final double OUT_OF_ROOT_PER_WORD = -0.7;
    private static final int JSON_BODY_MIN_CHARS = 200;
    /** A declared article body longer than this is no hint: no article is, and indexing it would cost. */
    private static final int JSON_BODY_MAX_CHARS = 2_000_000;
    private static final double JSON_MATCH_PER_WORD = 0.5;

    private final MetadataReader metadataReader = new MetadataReader(MetadataWords.standard());
    private final ContentFinder contentFinder;

    /** An extractor that chooses the content root with the fitted {@link RootModel} of {@code models-config}. */
    public HtmlExtractor() {
        this(RootModel.standard());
    }

    /**
     * @param rootModel the learned choice of the content root ({@link RootModel}); null to take the container with the
     *                  best hand-set paragraph score (as Readability does)
     * @throws IllegalArgumentException if the model does not read the features of {@link RootModel}
     */
    public HtmlExtractor(LinearModel rootModel) {
        this.contentFinder = new ContentFinder(rootModel);
    }

    /** A parsed page: its metadata, wrappers and blocks, and which blocks its declared article body holds. */
    private record Parsed(Metadata metadata, Set<Element> wrappers, List<TextBlock> blocks, int[] declared) {
    }

    private Parsed parse(String html) {
        Document doc = Jsoup.parse(NoscriptBlocks.strip(html));
        List<JsonNode> articles = metadataReader.articleObjects(doc);
        Set<Element> wrappers = MarkupValues.pageWrappers(doc);
        Metadata metadata = metadataReader.read(doc, articles, wrappers);
        Optional<PassageIndex> jsonBody = metadataReader.articleBody(articles)
                .filter(b -> b.length() >= JSON_BODY_MIN_CHARS && b.length() <= JSON_BODY_MAX_CHARS)
                .map(b -> new PassageIndex(Whitespace.squeeze(b).toLowerCase(Locale.ROOT)));
        Element body = doc.body();
        clean(body);
        List<TextBlock> blocks = BlockSplitter.split(body);
        int[] declared = new int[blocks.size()];
        for (int i = 0; i < declared.length; i++) {
            declared[i] = declared(blocks.get(i), jsonBody);
        }
        return new Parsed(metadata, wrappers, blocks, declared);
    }

    /**
     * The containers of a page that may hold its article, with the features {@link RootModel} reads: what the
     * training program fits the model on. The blocks are the lines of {@link #apply}'s text.
     *
     * @param html the page
     * @return its blocks and candidate containers
     */
    public PageCandidates candidates(String html) {
        Parsed page = parse(html);
        return contentFinder.candidates(page.blocks(), page.declared());
    }

    @Override
    public HtmlText apply(String html) {
        Parsed page = parse(html);
        Metadata metadata = page.metadata();
        List<TextBlock> blocks = page.blocks();
        ContentFinder.Content content = contentFinder.find(blocks, page.declared());
        Element root = content.root();
        LayoutMarks marks = new LayoutMarks(root, page.wrappers());
        TextBlock headline = headline(blocks, metadata.headline(), content);
        List<BlockMarkup> markups = BlockMarkups.of(blocks);
        StringBuilder text = new StringBuilder();
        List<BlockHint> hints = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(block.text());
            Span span = new Span(start, text.length());
            boolean named = marks.named(block.owner());
            int declared = page.declared()[i];
            double prior = prior(block, content, declared) - (named ? NAMED_CLUTTER_PRIOR + block.words() : 0);
            hints.add(new BlockHint(span, prior, marks.layout(block.owner()), content.contains(block.owner()),
                    block.linkDensity(), named, declared, block == headline, markups.get(i)));
        }
        return new HtmlText(text.toString(), hints, metadata);
    }

    /**
     * The article's headline block: the first {@code <h1>} block that the metadata's headline nearly equals (one
     * holds the other, at least half as long: a site's name in an {@code <h1>} does not match "Headline | Site"),
     * else the first {@code <h1>} block in the main content; null if there is none.
     */
    private static TextBlock headline(List<TextBlock> blocks, Optional<String> fromMetadata,
                                      ContentFinder.Content content) {
        String wanted = fromMetadata.map(h -> Whitespace.squeeze(h).toLowerCase(Locale.ROOT)).orElse("");
        TextBlock inContent = null;
        Map<Element, Boolean> inH1 = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            if (!inHeading(block.owner(), inH1)) {
                continue;
            }
            String text = Whitespace.squeeze(block.text()).toLowerCase(Locale.ROOT);
            if (nearlyEqual(text, wanted)) {
                return block;
            }
            if (inContent == null && content.contains(block.owner())) {
                inContent = block;
            }
        }
        return inContent;
    }

    /** Whether one text holds the other and is at least half as long. */
    private static boolean nearlyEqual(String a, String b) {
        boolean aShorter = a.length() <= b.length();
        String shorter = aShorter ? a : b;
        String longer = aShorter ? b : a;
        return !shorter.isEmpty() && shorter.length() * 2 >= longer.length() && longer.contains(shorter);
    }

    /** Whether an element is, or lies inside, an {@code <h1>}; memoised per page in {@code memo}. */
    private static boolean inHeading(Element e, Map<Element, Boolean> memo) {
        return Dom.selfOrAncestor(e, k -> k.normalName().equals("h1"), k -> false, memo);
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

    /** Whether the declared article body holds the block: 1 yes, -1 no, 0 unknown or too short to tell. */
    private static int declared(TextBlock block, Optional<PassageIndex> jsonBody) {
        if (jsonBody.isEmpty() || block.words() < 5) {
            return 0;
        }
        PassageIndex.Found found = jsonBody.get().find(Whitespace.squeeze(block.text()).toLowerCase(Locale.ROOT));
        return found == PassageIndex.Found.YES ? 1 : found == PassageIndex.Found.NO ? -1 : 0;
    }

    private static double prior(TextBlock block, ContentFinder.Content content, int declared) {
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
        prior += declared * JSON_MATCH_PER_WORD * words;
        return prior;
    }

    @Override
    public String name() {
        return "html";
    }
}
