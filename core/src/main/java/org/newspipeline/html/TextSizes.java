package org.newspipeline.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text and how many nodes each element of a tree holds, counted in one walk that passes each element's
 * sums up to its parent. Readers that look for a short element (a byline, a date line) ask here before they build
 * an element's text: on a page of deeply nested containers, building every container's text would cost the square
 * of the page. Built per tree; not thread-safe.
 */
final class TextSizes {

    /** An element of short text may hold this many nodes per character of it, plus {@link #NODE_ALLOWANCE}. */
    private static final int NODES_PER_CHAR = 4;
    private static final int NODE_ALLOWANCE = 50;

    /** Per element: the non-blank characters of its text, and its nodes (itself included). */
    private final Map<Element, int[]> sizes = new IdentityHashMap<>();

    private TextSizes() {
    }

    /**
     * @param top the root of the tree, or null
     * @return the sizes of {@code top} and every element below it
     */
    static TextSizes of(Element top) {
        TextSizes out = new TextSizes();
        if (top == null) {
            return out;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int[] own;
                if (node instanceof TextNode t) {
                    own = new int[] {nonBlank(t.getWholeText()), 1};
                } else if (node instanceof Element e) {
                    own = out.sizes.computeIfAbsent(e, k -> new int[2]);
                    own[1]++;
                } else {
                    own = new int[] {0, 1};
                }
                if (node != top && node.parent() instanceof Element parent) {
                    int[] up = out.sizes.computeIfAbsent(parent, k -> new int[2]);
                    up[0] += own[0];
                    up[1] += own[1];
                }
            }
        }, top);
        return out;
    }

    /** @return the non-blank characters of the element's text (0 for an element outside the tree) */
    int chars(Element e) {
        int[] s = sizes.get(e);
        return s == null ? 0 : s[0];
    }

    /**
     * @param e        an element of the tree
     * @param maxChars the most characters of text wanted
     * @return false if its text surely has more than {@code maxChars} characters, or if it holds too many nodes for
     *         so little text; true if its text may be that short (the caller measures the text itself)
     */
    boolean mayBeShort(Element e, int maxChars) {
        int[] s = sizes.get(e);
        return s == null || s[0] <= maxChars && s[1] <= NODES_PER_CHAR * maxChars + NODE_ALLOWANCE;
    }

    private static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
