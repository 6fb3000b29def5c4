package org.newspipeline.html;

import org.jsoup.nodes.Element;

/**
 * A block of a page's visible text: what becomes one line of the extracted text.
 *
 * @param text          the block's text, whitespace collapsed to single spaces
 * @param owner         the element that holds the block's first text
 * @param block         the innermost block-level element ({@link BlockSplitter#BLOCKS}) that holds the block's first
 *                      text, or the page's body
 * @param linkChars     how many of its chars are link text
 * @param emphasisChars how many of its chars are in bold or italic type inside the block
 */
record TextBlock(String text, Element owner, Element block, int linkChars, int emphasisChars) {

    /** @return the number of whitespace-separated words */
    int words() {
        return text.split("\\s+").length;
    }

    /** @return the share of the block's chars in bold or italic type */
    double emphasis() {
        return text.isEmpty() ? 0 : (double) emphasisChars / text.length();
    }

    /** @return the share of the block's chars that are link text */
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
