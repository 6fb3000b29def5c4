package org.newspipeline.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The features of {@link RootModel} for the containers of one page. Each container holds a contiguous run of the
 * page's blocks (they are in document order), found in one walk over the tree that passes each run up to the parent;
 * sums over the blocks (chars, link chars, chars in paragraphs, headings, words the declared article body holds or
 * lacks) are prefix sums, so a container's features cost the same however much it holds. Built per page; not
 * thread-safe.
 */
final class RootFeatures {

    /** A block of this many words or more that ends a sentence is prose. */
    private static final int PROSE_WORDS = 12;
    /** A block with more of its text in links than this is not prose. */
    private static final double PROSE_MAX_LINK_DENSITY = 0.5;

    private final Map<Element, int[]> ranges = new IdentityHashMap<>();
    /** The container with the highest hand-set score (or null), it and its ancestors, and its run of blocks. */
    private final Element best;
    private final Set<Element> aboveBest = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int[] bestRange;
    private final long[] chars;
    private final long[] links;
    private final long[] paragraphs;
    private final long[] headings;
    private final long[] declaredYes;
    private final long[] declaredNo;
    private final long[] prose;

    /**
     * @param blocks   the page's blocks, in document order; not empty
     * @param declared per block, whether the declared article body holds it: 1 yes, -1 no, 0 unknown
     * @param best     the container with the highest hand-set score, or null
     */
    RootFeatures(List<TextBlock> blocks, int[] declared, Element best) {
        int n = blocks.size();
        chars = new long[n + 1];
        links = new long[n + 1];
        paragraphs = new long[n + 1];
        headings = new long[n + 1];
        declaredYes = new long[n + 1];
        declaredNo = new long[n + 1];
        prose = new long[n + 1];
        Map<Element, int[]> own = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            int len = b.text().length();
            String container = ContentFinder.container(b.owner()).normalName();
            int words = declared[i] == 0 ? 0 : b.words();
            chars[i + 1] = chars[i] + len;
            links[i + 1] = links[i] + b.linkChars();
            paragraphs[i + 1] = paragraphs[i] + (container.equals("p") ? len : 0);
            headings[i + 1] = headings[i] + (container.equals("h1") ? 1 : 0);
            declaredYes[i + 1] = declaredYes[i] + (declared[i] > 0 ? words : 0);
            declaredNo[i + 1] = declaredNo[i] + (declared[i] < 0 ? words : 0);
            prose[i + 1] = prose[i] + (isProse(b) ? len : 0);
            int index = i;
            own.merge(b.owner(), new int[] {i, i + 1},
                    (a, x) -> new int[] {Math.min(a[0], index), Math.max(a[1], index + 1)});
        }
        Element top = blocks.get(0).owner();
        while (top.parent() != null) {
            top = top.parent();
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                // the children have passed their runs up already; add the element's own and pass it on
                if (!(node instanceof Element e)) {
                    return;
                }
                int[] range = widened(ranges.get(e), own.get(e));
                if (range == null) {
                    return;
                }
                ranges.put(e, range);
                Element parent = e.parent();
                if (parent != null) {
                    ranges.put(parent, widened(ranges.get(parent), range));
                }
            }
        }, top);
        this.best = best;
        for (Element a = best; a != null; a = a.parent()) {
            aboveBest.add(a);
        }
        bestRange = best == null ? null : ranges.get(best);
    }

    /** The smallest run that holds both runs; either may be null. */
    private static int[] widened(int[] a, int[] b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** @return the run of blocks {@code e} holds, {@code {first, end}}, or null if it holds none */
    int[] range(Element e) {
        return ranges.get(e);
    }

    /**
     * @param e          a container that holds blocks
     * @param points     its paragraph points
     * @param weighted   its hand-set score (points weighed by its names, layout and feeds)
     * @param bestScore  the highest hand-set score of the page
     * @param inLayout   whether it lies inside a layout container
     * @param feed       whether it holds several {@code <article>} elements
     * @return its features, in the order of {@link RootModel#FEATURES}
     */
    double[] of(Element e, double points, double weighted, double bestScore, boolean inLayout, boolean feed) {
        int[] r = ranges.get(e);
        int n = chars.length - 1;
        double total = Math.max(1, chars[n]);
        double own = Math.max(1, chars[r[1]] - chars[r[0]]);
        String tag = e.normalName();
        return new double[] {
            1,
            Math.log1p(points),
            bestScore > 0 ? weighted / bestScore : 0,
            e == best ? 1 : 0,
            e != best && aboveBest.contains(e) ? 1 : 0,
            e != best && best != null && !aboveBest.contains(e) && r[0] >= bestRange[0] && r[1] <= bestRange[1] ? 1 : 0,
            DomCues.contentName(e) ? 1 : 0,
            DomCues.clutterName(e) ? 1 : 0,
            inLayout ? 1 : 0,
            feed ? 1 : 0,
            DomCues.layoutTag(e) ? 1 : 0,
            tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody") ? 1 : 0,
            tag.equals("body") ? 1 : 0,
            own / total,
            Math.log1p(own) / 10,
            (links[r[1]] - links[r[0]]) / own,
            (paragraphs[r[1]] - paragraphs[r[0]]) / own,
            headings[r[1]] - headings[r[0]] > 0 ? 1 : 0,
            chars[r[0]] / total,
            share(declaredYes, r),
            share(declaredNo, r),
            share(prose, r),
            (prose[r[1]] - prose[r[0]]) / own,
        };
    }

    /** A block of running prose: enough words, few of them links, and it ends a sentence. */
    private static boolean isProse(TextBlock b) {
        String t = b.text().strip();
        if (t.isEmpty() || b.words() < PROSE_WORDS || b.linkDensity() > PROSE_MAX_LINK_DENSITY) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':';
    }

    private static double share(long[] sums, int[] r) {
        long all = sums[sums.length - 1];
        return all == 0 ? 0 : (double) (sums[r[1]] - sums[r[0]]) / all;
    }
}
