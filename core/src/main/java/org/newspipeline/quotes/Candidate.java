package org.newspipeline.quotes;

import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;

/**
 * What a rule found for a quote: the phrase naming the source, the cue, and the rule's confidence.
 *
 * @param phrase     the speaker phrase
 * @param cue        the reporting words
 * @param rule       the rule that found it
 * @param confidence how sure the rule is, in (0, 1]
 */
record Candidate(SpeakerPhrase phrase, Span cue, AttributionRule rule, double confidence) {
}
