package org.newspipeline.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity with all its mentions in the article body: "Mayor Lena Dahl", "Ms Dahl" and "Dahl"
 * are one PERSON named "Lena Dahl".
 *
 * @param name     the best name in the article: the fullest form, without titles such as "Col" or "Mr"
 * @param type     what kind of entity it is
 * @param mentions its mentions in text order, never empty
 */
public record Entity(String name, EntityType type, List<Mention> mentions) {

    /**
     * @throws NullPointerException     if any component or mention is null
     * @throws IllegalArgumentException if there is no mention
     */
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("An entity needs at least one mention: " + name);
        }
    }
}
