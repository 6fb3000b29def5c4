package org.newspipeline.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.newspipeline.boilerplate.BlockMarkup;

/**
 * The {@link BlockMarkup} of each block of a page: its emphasis, whether it is a heading or a list item, and whether
 * its parent is the page's main container of running text. Stateless; linear in the number of blocks.
 */
final class BlockMarkups {

    /** The fewest words of a block that counts towards its container's share of the page's running text. */
    private static final int RUNNING_TEXT_WORDS = 10;

    private BlockMarkups() {
    }

    /**
     * @param blocks a page's blocks, in order
     * @return the markup of each, in the same order
     */
    static List<BlockMarkup> of(List<TextBlock> blocks) {
        Element[] elements = new Element[blocks.size()];
        Map<Element, Integer> words = new IdentityHashMap<>();
        Element main = null;
        for (int i = 0; i < elements.length; i++) {
            TextBlock block = blocks.get(i);
            elements[i] = block.block();
            Element container = elements[i].parent();
            boolean running = block.words() >= RUNNING_TEXT_WORDS && block.linkDensity() < HtmlExtractor.LINK_HEAVY;
            if (container != null && running) {
                int sum = words.merge(container, block.words(), Integer::sum);
                if (main == null || sum > words.get(main)) {
                    main = container;
                }
            }
        }
        List<BlockMarkup> out = new ArrayList<>(elements.length);
        for (int i = 0; i < elements.length; i++) {
            String tag = elements[i].normalName();
            out.add(new BlockMarkup(blocks.get(i).emphasis(), isHeading(tag),
                    tag.equals("li") || tag.equals("dt") || tag.equals("dd"),
                    main != null && elements[i].parent() == main));
        }
        return out;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
