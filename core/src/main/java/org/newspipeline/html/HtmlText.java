package org.newspipeline.html;

import java.util.List;
import java.util.Objects;
import org.newspipeline.boilerplate.BlockHint;
import org.newspipeline.model.Metadata;

/**
 * A page's visible text with what its markup says.
 *
 * @param text     the visible text, one block per line, whitespace inside a block collapsed to single spaces
 * @param hints    the markup's evidence for each line of {@code text}
 * @param metadata headline, authors, date, language and canonical URL from the page's markup
 */
public record HtmlText(String text, List<BlockHint> hints, Metadata metadata) {

    /** Copies the list. */
    public HtmlText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        hints = List.copyOf(hints);
    }
}
