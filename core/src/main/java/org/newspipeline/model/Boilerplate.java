package org.newspipeline.model;

import java.util.Objects;

/**
 * A block of the input that was removed as page clutter, with the reason.
 *
 * @param span   where it stands in {@link Article#text()}
 * @param text   {@code span.of(article.text())}
 * @param reason why it is not article body
 */
public record Boilerplate(Span span, String text, BoilerplateReason reason) {

    /** @throws NullPointerException if any component is null */
    public Boilerplate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
