package org.newspipeline.boilerplate;

import java.util.Objects;
import org.newspipeline.model.Span;

/**
 * What the page's markup says about one line of its extracted text, for HTML mode.
 *
 * @param span        the line in the extracted text
 * @param prior       evidence from the markup, in the hand-set classifier's units (about one per word): above zero
 *                    for a block in the page's main content, below zero for a link-heavy block or one in a doubtful
 *                    container
 * @param layout      true if the markup alone marks the block as clutter (navigation, footer, sidebar, comments,
 *                    sharing or related links, captions, bylines); such a line is removed wherever it stands
 * @param inContent   true if the block is inside the page's main content container
 * @param linkDensity the share of the block's chars that are link text, 0 to 1
 * @param named       true if a container of the block is named as layout by its class or id
 * @param declared    whether the page's declared article body (JSON-LD {@code articleBody}) holds the block: 1 yes,
 *                    -1 no, 0 unknown (no declared body, a short block, or the look-up cannot tell)
 * @param headline    true if the block is the article's headline: the page's {@code <h1>} that matches the headline
 *                    its metadata gives (or, without one, its first {@code <h1>} in the main content)
 * @param markup      the block's type and its place in the page's tree
 */
public record BlockHint(Span span, double prior, boolean layout, boolean inContent, double linkDensity,
                        boolean named, int declared, boolean headline, BlockMarkup markup) {

    /** @throws NullPointerException if {@code span} or {@code markup} is null */
    public BlockHint {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(markup, "markup");
    }

    /**
     * A hint without the block's markup (the form before it was a component).
     *
     * @param span        the line in the extracted text
     * @param prior       evidence from the markup, about one per word
     * @param layout      true if the markup alone marks the block as clutter
     * @param inContent   true if the block is inside the page's main content container
     * @param linkDensity the share of the block's chars that are link text, 0 to 1
     * @param named       true if a container of the block is named as layout by its class or id
     * @param declared    whether the page's declared article body holds the block: 1 yes, -1 no, 0 unknown
     * @param headline    true if the block is the article's headline
     */
    public BlockHint(Span span, double prior, boolean layout, boolean inContent, double linkDensity,
                     boolean named, int declared, boolean headline) {
        this(span, prior, layout, inContent, linkDensity, named, declared, headline, BlockMarkup.NONE);
    }

    /**
     * A hint for a block that is not the headline (the form before the headline was a component).
     *
     * @param span        the line in the extracted text
     * @param prior       evidence from the markup, about one per word
     * @param layout      true if the markup alone marks the block as clutter
     * @param inContent   true if the block is inside the page's main content container
     * @param linkDensity the share of the block's chars that are link text, 0 to 1
     * @param named       true if a container of the block is named as layout by its class or id
     * @param declared    whether the page's declared article body holds the block: 1 yes, -1 no, 0 unknown
     */
    public BlockHint(Span span, double prior, boolean layout, boolean inContent, double linkDensity, boolean named,
                     int declared) {
        this(span, prior, layout, inContent, linkDensity, named, declared, false);
    }

    /**
     * A hint with only a prior and the layout mark: the other cues are taken from the prior's sign (above zero:
     * in the content).
     *
     * @param span   the line in the extracted text
     * @param prior  evidence from the markup, about one per word
     * @param layout true if the markup alone marks the block as clutter
     */
    public BlockHint(Span span, double prior, boolean layout) {
        this(span, prior, layout, prior > 0, 0, false, 0);
    }
}
