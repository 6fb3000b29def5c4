package org.newspipeline.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/** Small tree helpers. Stateless and thread-safe. */
final class Dom {

    private Dom() {
    }

    /** @return true if {@code e} is {@code ancestor} or inside it */
    static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code e} or one of its ancestors passes {@code test}, looking no higher than the first element that
     * {@code top} accepts (which is not tested). Walks up in a loop to the nearest element already in the memo, then
     * fills the memo on the way back down, so neither the stack nor the total work depends on how deep a page nests.
     *
     * @param e    the element, or null
     * @param test what is looked for
     * @param top  where the walk stops
     * @param memo the answers known so far for this test, filled by the call
     * @return whether {@code e} or an ancestor below the top passes the test
     */
    static boolean selfOrAncestor(Element e, Predicate<Element> test, Predicate<Element> top,
                                  Map<Element, Boolean> memo) {
        List<Element> path = new ArrayList<>();
        boolean above = false;
        for (Element x = e; x != null && !top.test(x); x = x.parent()) {
            Boolean known = memo.get(x);
            if (known != null) {
                above = known;
                break;
            }
            path.add(x);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Element x = path.get(i);
            above = above || test.test(x);
            memo.put(x, above);
        }
        return above;
    }
}
