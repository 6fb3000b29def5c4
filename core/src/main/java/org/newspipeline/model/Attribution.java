package org.newspipeline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a source said, wrote, thought or reported, as the article renders it: quoted ({@code "...," she said}),
 * reported ({@code She said the bridge would be rebuilt}) or both ({@code She called the plan "a good start"}).
 *
 * <p>Every direct quote with a speaker belongs to exactly one attribution (see {@link Article#attributionOf(Quote)});
 * {@code "...," he said, "..."} is one attribution whose content has two passages.
 *
 * @param index        its position in {@link Article#attributions()}
 * @param content      what was said, in text order: one passage, or several when the attribution's words interrupt it
 * @param kind         direct, mixed or indirect, by how much of the content lies inside quotation marks
 * @param speaker      the source, resolved to its best name in the article; empty when the words naming the
 *                     source name nobody the article identifies (an unresolved pronoun) or when no source is in sight
 * @param source       the words that name the source ("the US state department", "he"), when the text has them
 * @param cue          the words that mark the attribution ("said", "according to", "denied"), when there are some
 * @param rule         the rule that found it
 * @param confidence   how likely the attribution is right, from 0 to 1: in the pipeline's results, the probability
 *                     that annotators of news mark the same content and source, from a model fitted on
 *                     annotated articles and calibrated (of those given about 0.8, about eight in ten are right);
 *                     see {@code AttributionConfidence}
 * @param quoteIndices indices into {@link Article#quotes()} of the quotes inside its content, ascending
 */
public record Attribution(int index, List<Passage> content, AttributionKind kind, Optional<Speaker> speaker,
                          Optional<Mention> source, Optional<Span> cue, AttributionRule rule, double confidence,
                          List<Integer> quoteIndices) {

    /**
     * @throws NullPointerException     if any component or element is null
     * @throws IllegalArgumentException if the content is empty or the confidence is outside [0, 1]
     */
    public Attribution {
        content = List.copyOf(content);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(rule, "rule");
        quoteIndices = List.copyOf(quoteIndices);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("An attribution has content");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }

    /** @return the span from the start of the first passage to the end of the last */
    public Span extent() {
        return new Span(content.get(0).span().start(), content.get(content.size() - 1).span().end());
    }

    /** @return the passages' texts joined by a space */
    public String text() {
        return String.join(" ", content.stream().map(Passage::text).toList());
    }
}
