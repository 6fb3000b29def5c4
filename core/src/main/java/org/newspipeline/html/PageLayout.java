package org.newspipeline.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Whether the elements of one page are in layout, as {@link MarkupValues#inLayout} tells, memoised per element, so
 * that asking for every element of a deeply nested page costs one walk up the tree in all rather than one per
 * element. Built per page; not thread-safe.
 */
final class PageLayout {

    private final Set<Element> pageWrappers;
    private final Map<Element, Boolean> memo = new IdentityHashMap<>();

    /** @param pageWrappers the page's wrappers ({@link MarkupValues#pageWrappers}), compared by identity */
    PageLayout(Set<Element> pageWrappers) {
        this.pageWrappers = pageWrappers;
    }

    /**
     * @param e an element of the page
     * @return true if it or one of its ancestors is layout by tag, role, class or id (a page wrapper is not,
     *         whatever its name)
     */
    boolean inLayout(Element e) {
        return Dom.selfOrAncestor(e, a -> {
            boolean layoutTag = DomCues.layoutTag(a);
            return (layoutTag || DomCues.clutterName(a)) && (layoutTag || !pageWrappers.contains(a));
        }, a -> false, memo);
    }
}
