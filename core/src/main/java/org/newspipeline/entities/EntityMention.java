package org.newspipeline.entities;

import org.newspipeline.model.EntityType;
import org.newspipeline.model.Span;

/**
 * One mention of a named entity, by token range, with the entity it was grouped into.
 *
 * @param entity     index into {@link Entities#entities()}
 * @param type       the entity's type
 * @param firstToken the first token (titles such as "Col" included)
 * @param endToken   one past the last token
 * @param span       the mention in the original text
 */
public record EntityMention(int entity, EntityType type, int firstToken, int endToken, Span span) {
}
