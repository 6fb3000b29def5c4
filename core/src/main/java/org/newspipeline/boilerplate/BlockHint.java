package org.newspipeline.boilerplate;

import java.util.Objects;
import org.newspipeline.model.Span;

/**
 * What the page's markup says about one line of its extracted text, for HTML mode.
 *
 * @param span   the line in the extracted text
 * @param prior  evidence from the markup, in the classifier's units (about one per word): above zero for a block in
 *               the page's main content, below zero for a link-heavy block or one in a doubtful container
 * @param layout true if the markup alone marks the block as clutter (navigation, footer, sidebar, comments, sharing
 *               or related links); such a line is removed wherever it stands
 */
public record BlockHint(Span span, double prior, boolean layout) {

    /** @throws NullPointerException if {@code span} is null */
    public BlockHint {
        Objects.requireNonNull(span, "span");
    }
}
