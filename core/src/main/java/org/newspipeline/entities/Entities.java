package org.newspipeline.entities;

import java.util.List;
import java.util.Optional;
import org.newspipeline.model.Entity;
import org.newspipeline.pipeline.Gender;

/**
 * The entity stage's result: the public entities, every mention with its token range, and what is known of each
 * entity's gender.
 *
 * @param entities the grouped entities, in order of first mention
 * @param mentions every mention, in text order
 * @param genders  for each entity, its gender when a title or first name tells it
 */
public record Entities(List<Entity> entities, List<EntityMention> mentions, List<Optional<Gender>> genders) {

    /** Copies the lists. */
    public Entities {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        genders = List.copyOf(genders);
    }

    /** No entity at all. */
    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of());
    }

    /**
     * @param firstToken the first token of a range
     * @param endToken   one past its last token
     * @return the mentions lying wholly inside the range, in text order
     */
    public List<EntityMention> within(int firstToken, int endToken) {
        return mentions.stream().filter(m -> m.firstToken() >= firstToken && m.endToken() <= endToken).toList();
    }
}
