package org.newspipeline.boilerplate;

/**
 * What a block's own markup and its place in the page's tree say, for HTML mode: whether its text is set in bold or
 * italic type (a note, a call to subscribe, a copyright line are often wholly so), whether it is a heading or a list
 * item, and whether it stands in the container that holds most of the page's running text (an article's paragraphs
 * are usually siblings; furniture in the content area often sits in boxes of its own).
 *
 * @param emphasis      the share of the block's chars in bold or italic type ({@code <b>}, {@code <strong>},
 *                      {@code <i>}, {@code <em>}), 0 to 1
 * @param heading       true if the block is a heading ({@code <h1>} to {@code <h6>})
 * @param listItem      true if the block is a list item ({@code <li>}, {@code <dt>}, {@code <dd>})
 * @param mainContainer true if the block's parent is the element holding the most words of the page's blocks of
 *                      running text (ten words or more, mostly not links)
 */
public record BlockMarkup(double emphasis, boolean heading, boolean listItem, boolean mainContainer) {

    /** A block about whose markup nothing is known. */
    public static final BlockMarkup NONE = new BlockMarkup(0, false, false, false);
}
