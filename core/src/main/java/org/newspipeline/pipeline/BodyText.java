package org.newspipeline.pipeline;

import java.util.List;
import java.util.Objects;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.Paragraph;

/**
 * The boilerplate stage's result: the paragraphs kept as article body and the blocks removed.
 *
 * @param text        the normalised input
 * @param paragraphs  the body paragraphs, in text order
 * @param boilerplate the removed blocks, in text order
 */
public record BodyText(NormalizedText text, List<Paragraph> paragraphs, List<Boilerplate> boilerplate) {

    /** Copies the lists. */
    public BodyText {
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
    }
}
