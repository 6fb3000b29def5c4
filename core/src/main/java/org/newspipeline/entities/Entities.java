package org.newspipeline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newspipeline.model.Entity;
import org.newspipeline.pipeline.Gender;

/**
 * The entity stage's result: the public entities, every mention with its token range, and what is known of each
 * entity's gender.
 *
 * @param entities the grouped entities, in order of first mention
 * @param mentions every mention, in text order (by first token; mentions never overlap)
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
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).firstToken() < firstToken) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<EntityMention> inside = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).firstToken() < endToken; i++) {
            if (mentions.get(i).endToken() <= endToken) {
                inside.add(mentions.get(i));
            }
        }
        return List.copyOf(inside);
    }
}
