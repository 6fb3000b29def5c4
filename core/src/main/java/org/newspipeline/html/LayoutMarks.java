package org.newspipeline.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Tells, for the elements of one page, whether the markup marks them as page layout: some container at or above
 * the element, that does not hold the page's content root, is layout by its tag or role (nav, footer, aside), by
 * its class or id (comments, share, related, ...), or is a picture caption or credit, or a byline or date line.
 * A caption or byline container inside the content root that holds most of the root's text is not one, whatever
 * its name says. Each test is memoised per element, so a page costs one walk up from each element at most.
 *
 * <p>Built per page; not thread-safe.
 */
final class LayoutMarks {

    /** A caption or byline container inside the content root with more than this share of its text is not one. */
    private static final double MOST_OF_CONTENT = 0.5;

    private final Element root;
    private final Set<Element> wrappers;
    private TextSizes rootSizes;
    private Set<Element> aboveRoot;
    private final Map<Element, Boolean> insideRoot = new IdentityHashMap<>();
    private final Map<Element, Boolean> tagged = new IdentityHashMap<>();
    private final Map<Element, Boolean> named = new IdentityHashMap<>();
    private final Map<Element, Boolean> captions = new IdentityHashMap<>();
    private final Map<Element, Boolean> bylines = new IdentityHashMap<>();

    /**
     * @param root     the page's content root, or null if it has none
     * @param wrappers the page's wrappers ({@link MarkupValues#pageWrappers}): a name never makes them layout
     */
    LayoutMarks(Element root, Set<Element> wrappers) {
        this.root = root;
        this.wrappers = wrappers;
    }

    /**
     * @return true if a container of {@code e} is named as layout by its class or id; a page wrapper (one that holds
     *         the main heading, the article or most of the page's text) is not, whatever its name
     */
    boolean named(Element e) {
        return test(e, named, x -> DomCues.clutterName(x) && !wrappers.contains(x));
    }

    /** @return true if the markup marks {@code e} as layout in any of the ways this class knows */
    boolean layout(Element e) {
        return named(e) || test(e, tagged, DomCues::layoutTag)
                || test(e, captions, x -> DomCues.caption(x) && !mostOfContent(x))
                || test(e, bylines, x -> DomCues.byline(x) && !mostOfContent(x));
    }

    /**
     * True if some container of {@code e} that does not hold the content root passes {@code cue}; memoised per
     * element, and free of recursion (see {@link Dom#selfOrAncestor}).
     */
    private boolean test(Element e, Map<Element, Boolean> memo, Predicate<Element> cue) {
        return Dom.selfOrAncestor(e, x -> cue.test(x) && !aboveRoot().contains(x), LayoutMarks::isTop, memo);
    }

    /** The content root and its ancestors, found once. */
    private Set<Element> aboveRoot() {
        if (aboveRoot == null) {
            aboveRoot = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element a = root; a != null; a = a.parent()) {
                aboveRoot.add(a);
            }
        }
        return aboveRoot;
    }

    private static boolean isTop(Element e) {
        return e.normalName().equals("body") || e.normalName().equals("html");
    }

    /** True if {@code e} is inside the content root and holds most of its text. */
    private boolean mostOfContent(Element e) {
        if (root == null || !Dom.selfOrAncestor(e, x -> x == root, x -> false, insideRoot)) {
            return false;
        }
        if (rootSizes == null) {
            rootSizes = TextSizes.of(root);
        }
        return rootSizes.chars(e) > MOST_OF_CONTENT * rootSizes.chars(root);
    }
}
