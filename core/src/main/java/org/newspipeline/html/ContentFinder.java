package org.newspipeline.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newspipeline.learn.LinearModel;

/**
 * Finds the element that holds a page's article, as Readability does: each paragraph-like block gives points (one,
 * plus its commas, plus one per hundred chars up to three) to its container and, less, to the two above; a
 * container named as content gets a bonus, one named as layout a malus. Link-heavy blocks give nothing. Siblings
 * of the best container that score a good share of it join it, and so does the element above it that the page's
 * microdata declares as the article body. A container inside a layout container (comments, footer, sidebar) or
 * holding several {@code <article>} elements (a list of stories) scores less, and a block of text that appears
 * twice on the page (a ticker, a repeated teaser) gives no points. That hand-set score picks the root unless the
 * finder has a {@link RootModel}: then every scored container is a candidate, and the one the model ranks first (the
 * hand-set choice is one of its features) is the root. Stateless and thread-safe.
 */
final class ContentFinder {

    private static final int MIN_CHARS = 25;
    private static final double MAX_LINK_DENSITY = 0.33;
    /** A sibling of the content root that scores at least this share of it is part of the content. */
    private static final double SIBLING_SHARE = 0.2;
    /** A container inside a layout container (comments, footer, sidebar) keeps this share of its score. */
    private static final double IN_LAYOUT_WEIGHT = 0.4;
    /** A container of several {@code <article>} elements keeps this share of its score. */
    private static final double FEED_WEIGHT = 0.4;

    /**
     * The page's content: its root element (null when no block looks like a paragraph) and the parts that hold
     * the article, the root first. Which elements lie inside a part is memoised, so asking for every block of a
     * deeply nested page costs one walk up the tree in all. Built per page; not thread-safe.
     */
    static final class Content {

        private final Element root;
        private final List<Element> parts;
        private final Set<Element> partSet = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, Boolean> memo = new IdentityHashMap<>();

        /**
         * @param root  the best container, or null
         * @param parts the root and the other containers that are part of the content
         */
        Content(Element root, List<Element> parts) {
            this.root = root;
            this.parts = List.copyOf(parts);
            partSet.addAll(parts);
        }

        /** @return the root element, or null */
        Element root() {
            return root;
        }

        /** @return the root and the other parts */
        List<Element> parts() {
            return parts;
        }

        /** @return true if {@code e} is inside one of the parts */
        boolean contains(Element e) {
            return !partSet.isEmpty() && Dom.selfOrAncestor(e, partSet::contains, x -> false, memo);
        }
    }

    private final LinearModel model;

    /** A finder that takes the container with the best hand-set score as the root. */
    ContentFinder() {
        this(null);
    }

    /**
     * @param model the learned choice of the root among the scored containers ({@link RootModel}); null for the
     *              hand-set choice
     * @throws IllegalArgumentException if the model does not read the features of {@link RootModel}
     */
    ContentFinder(LinearModel model) {
        this.model = RootModel.checked(model);
    }

    /** @return the content of the page whose blocks are {@code blocks} */
    Content find(List<TextBlock> blocks) {
        return find(blocks, new int[blocks.size()]);
    }

    /**
     * @param blocks   the page's blocks, in document order
     * @param declared per block, whether the page's declared article body holds it: 1 yes, -1 no, 0 unknown
     * @return the content of the page
     */
    Content find(List<TextBlock> blocks, int[] declared) {
        if (blocks.isEmpty()) {
            return new Content(null, List.of());
        }
        Scored scored = score(blocks);
        Element root = scored.best();
        if (model != null && root != null) {
            RootFeatures features = new RootFeatures(blocks, declared, root);
            double bestLogit = Double.NEGATIVE_INFINITY;
            for (Element e : scored.points().keySet()) {
                double logit = model.logit(features(scored, features, e));
                if (logit > bestLogit) {
                    bestLogit = logit;
                    root = e;
                }
            }
        }
        List<Element> parts = parts(root, scored.points(), scored.feeds());
        Element declaredBody = declaredBody(root);
        if (declaredBody != null) {
            parts = new ArrayList<>(parts);
            parts.add(declaredBody);
        }
        return new Content(root, parts);
    }

    /**
     * The containers that may hold the page's article, with their features, for fitting a {@link RootModel}.
     *
     * @param blocks   the page's blocks, in document order
     * @param declared per block, whether the page's declared article body holds it: 1 yes, -1 no, 0 unknown
     * @return the page's blocks and its candidate containers
     */
    PageCandidates candidates(List<TextBlock> blocks, int[] declared) {
        List<String> texts = blocks.stream().map(TextBlock::text).toList();
        if (blocks.isEmpty()) {
            return new PageCandidates(texts, List.of());
        }
        Scored scored = score(blocks);
        RootFeatures features = new RootFeatures(blocks, declared, scored.best());
        List<RootCandidate> out = new ArrayList<>();
        for (Element e : scored.points().keySet()) {
            int[] range = features.range(e);
            out.add(new RootCandidate(features(scored, features, e), range[0], range[1]));
        }
        return new PageCandidates(texts, out);
    }

    private static double[] features(Scored scored, RootFeatures features, Element e) {
        return features.of(e, scored.points().get(e), scored.weighted().get(e), scored.bestScore(),
                scored.inLayout().get(e), scored.feeds().contains(e));
    }

    /**
     * The containers' scores: their paragraph points, those points weighed (by their names, by whether they lie in
     * layout and whether they are feeds), and the container whose weighed score is highest (the first on the page of
     * those that tie).
     */
    private record Scored(Map<Element, Double> points, Map<Element, Double> weighted, Map<Element, Boolean> inLayout,
                          Set<Element> feeds, Element best, double bestScore) {
    }

    private static Scored score(List<TextBlock> blocks) {
        Map<Element, Double> points = containerScores(blocks);
        Set<Element> feeds = feeds(blocks.get(0).owner().ownerDocument());
        Map<Element, Double> weighted = new IdentityHashMap<>();
        Map<Element, Boolean> inLayout = new IdentityHashMap<>();
        Map<Element, Boolean> memo = new IdentityHashMap<>();
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : points.entrySet()) {
            Element e = entry.getKey();
            boolean layout = insideLayout(e.parent(), memo);
            double score = weighted(e, entry.getValue()) * (layout ? IN_LAYOUT_WEIGHT : 1)
                    * (feeds.contains(e) ? FEED_WEIGHT : 1);
            weighted.put(e, score);
            inLayout.put(e, layout);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return new Scored(points, weighted, inLayout, feeds, best, bestScore);
    }

    /**
     * The element above the root that the page's microdata declares as the article body
     * ({@code itemprop="articleBody"}), if there is one: an article split into sibling blocks at some level above
     * the root is then content as a whole.
     */
    private static Element declaredBody(Element root) {
        for (Element e = root == null ? null : root.parent(); e != null; e = e.parent()) {
            if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return e;
            }
        }
        return null;
    }

    /**
     * The elements that hold two or more {@code <article>} elements: a list of stories (a feed, "you may also
     * like", a front page), not one story. One pass over the articles and their ancestors.
     */
    private static Set<Element> feeds(Document doc) {
        Map<Element, Integer> articlesBelow = new IdentityHashMap<>();
        Set<Element> feeds = Collections.newSetFromMap(new IdentityHashMap<>());
        if (doc == null) {
            return feeds;
        }
        for (Element article : doc.getElementsByTag("article")) {
            for (Element e = article.parent(); e != null; e = e.parent()) {
                int below = articlesBelow.merge(e, 1, Integer::sum);
                if (below == 2) {
                    feeds.add(e);
                } else if (below > 2) {
                    // Counted twice already, and so are all its ancestors: each element is passed at most twice.
                    break;
                }
            }
        }
        return feeds;
    }

    /** Container scores in document order (of each container's first block), so a tie goes to the earlier one. */
    private static Map<Element, Double> containerScores(List<TextBlock> blocks) {
        Map<Element, Double> scores = new LinkedHashMap<>();   // jsoup elements are equal only to themselves
        Map<String, Integer> copies = new HashMap<>();
        for (TextBlock b : blocks) {
            copies.merge(b.text(), 1, Integer::sum);
        }
        for (TextBlock b : blocks) {
            if (b.text().length() < MIN_CHARS || b.linkDensity() > MAX_LINK_DENSITY || copies.get(b.text()) > 1) {
                continue;
            }
            double points = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
            Element e = container(b.owner());
            for (int level = 1; e != null && level <= 3; level++, e = e.parent()) {
                scores.merge(e, points / level, Double::sum);
            }
        }
        return scores;
    }

    private static double weighted(Element e, double score) {
        return score * (DomCues.contentName(e) ? 1.25 : 1) * (DomCues.clutterName(e) ? 0.5 : 1);
    }

    /**
     * True if {@code e} or one of its ancestors is named or tagged as layout (a comment list, a footer, a
     * sidebar): a container inside one is a poor candidate, however much prose it has. Memoised per element.
     */
    private static boolean insideLayout(Element e, Map<Element, Boolean> memo) {
        return Dom.selfOrAncestor(e, x -> DomCues.clutterName(x) || DomCues.layoutTag(x),
                x -> x.normalName().equals("body"), memo);
    }

    /**
     * The root and those of its siblings that score at least a share of it (as Readability joins them): an article
     * split by a photo, an embed or an advertisement into sibling containers stays whole.
     */
    private static List<Element> parts(Element root, Map<Element, Double> scores, Set<Element> feeds) {
        if (root == null) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        parts.add(root);
        double rootScore = scores.getOrDefault(root, 0.0);
        for (Element sibling : root.siblingElements()) {
            Double score = scores.get(sibling);
            if (score != null && score >= SIBLING_SHARE * rootScore && !feeds.contains(sibling)
                    && !DomCues.clutterName(sibling)
                    && !DomCues.layoutTag(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** The nearest block-level element at or above {@code e}. */
    static Element container(Element e) {
        Element c = e;
        while (c != null && !BlockSplitter.BLOCKS.contains(c.normalName())) {
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
}
