package org.newspipeline.quotes;

import java.util.Objects;
import org.newspipeline.entities.Entities;
import org.newspipeline.pipeline.Linguistics;

/**
 * What quote attribution reads: the analysed body and its entities.
 *
 * @param linguistics sentences and tokens of the body
 * @param entities    the grouped named entities
 */
public record QuoteInput(Linguistics linguistics, Entities entities) {

    /** @throws NullPointerException if a component is null */
    public QuoteInput {
        Objects.requireNonNull(linguistics, "linguistics");
        Objects.requireNonNull(entities, "entities");
    }
}
