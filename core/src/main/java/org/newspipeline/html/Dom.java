package org.newspipeline.html;

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
}
