package org.newspipeline.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits a cleaned page body into its {@link TextBlock}s, as a browser lays out visible text: block-level elements
 * and line breaks end a block; the cells of a table row share one line, as a browser's innerText puts them.
 * One walk over the tree. Stateless and thread-safe.
 */
final class BlockSplitter {

    /** Elements that start and end a block of text. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "table", "tr",
            "td", "th", "tbody", "thead", "tfoot", "blockquote", "pre", "figure", "figcaption", "form", "hr", "address",
            "fieldset", "details", "summary", "caption", "center", "body", "menu", "dialog", "picture", "video");

    /** Inline elements that set their text in bold or italic type. */
    private static final Set<String> EMPHASIS = Set.of("em", "i", "strong", "b");

    /** Table cells: blocks for scoring containers, but the cells of one row share a line. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private BlockSplitter() {
    }

    /** @return the blocks of {@code body}'s text, in document order */
    static List<TextBlock> split(Element body) {
        List<TextBlock> blocks = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder current = new StringBuilder();
            /** For each open link or block element, innermost first: true for a link. */
            private final Deque<Boolean> linkOrBlock = new ArrayDeque<>();
            /** The open block elements, innermost first. */
            private final Deque<Element> openBlocks = new ArrayDeque<>();
            /** For each open block element and the body, innermost first: the bold or italic elements open in it. */
            private final Deque<Integer> openEmphasis = new ArrayDeque<>(List.of(0));
            private Element owner;
            private Element ownerBlock;
            private int linkChars;
            private int emphasisChars;

            @Override
            public void head(Node node, int depth) {
                if (node != body && node instanceof Element e && isLinkOrBlock(e)) {
                    linkOrBlock.push(e.normalName().equals("a"));
                }
                if (node != body && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    openBlocks.push(e);
                    openEmphasis.push(0);
                } else if (node instanceof Element e && EMPHASIS.contains(e.normalName())) {
                    openEmphasis.push(openEmphasis.pop() + 1);
                }
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
                        ownerBlock = openBlocks.isEmpty() ? body : openBlocks.peek();
                    }
                    String squeezed = Whitespace.squeeze(s);
                    if (!linkOrBlock.isEmpty() && linkOrBlock.peek()) {
                        linkChars += squeezed.strip().length();
                    }
                    if (openEmphasis.peek() > 0) {
                        emphasisChars += squeezed.strip().length();
                    }
                    current.append(squeezed);
                } else if (node instanceof Element e && CELLS.contains(e.normalName())) {
                    separateCell();
                } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("br"))) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != body && node instanceof Element e && isLinkOrBlock(e)) {
                    linkOrBlock.pop();
                }
                if (node != body && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    openBlocks.pop();
                    openEmphasis.pop();
                } else if (node instanceof Element e && EMPHASIS.contains(e.normalName())) {
                    openEmphasis.push(openEmphasis.pop() - 1);
                }
                if (node instanceof Element e && CELLS.contains(e.normalName())) {
                    separateCell();
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                } else if (node == body) {
                    flush();
                }
            }

            private void separateCell() {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            }

            private void flush() {
                String s = Whitespace.squeeze(current.toString()).strip();
                if (!s.isEmpty()) {
                    blocks.add(new TextBlock(s, owner, ownerBlock, Math.min(linkChars, s.length()),
                            Math.min(emphasisChars, s.length())));
                }
                current.setLength(0);
                owner = null;
                ownerBlock = null;
                linkChars = 0;
                emphasisChars = 0;
            }
        }, body);
        return blocks;
    }

    /** A text is in a link when its nearest link or block container is a link. */
    private static boolean isLinkOrBlock(Element e) {
        return e.normalName().equals("a") || BLOCKS.contains(e.normalName());
    }
}
