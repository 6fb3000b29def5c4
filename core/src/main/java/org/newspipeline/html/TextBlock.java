package org.newspipeline.html;

import org.jsoup.nodes.Element;

/**
 * A block of a page's visible text: what becomes one line of the extracted text.
 *
 * @param text      the block's text, whitespace collapsed to single spaces
 * @param owner     the element that holds the block's first text
 * @param linkChars how many of its chars are link text
 */
record TextBlock(String text, Element owner, int linkChars) {

    /** @return the number of whitespace-separated words */
    int words() {
        return text.split("\\s+").length;
    }

    /** @return the share of the block's chars that are link text */
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
