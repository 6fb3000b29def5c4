package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;

/**
 * One quote's attribution while the document is being worked through.
 *
 * @param segment    the quote
 * @param speaker    its source, when a rule found one
 * @param cue        the reporting words the rule read
 * @param rule       the rule, {@link AttributionRule#NONE} when none applied
 * @param confidence how sure the rule is, 0 without a speaker
 */
record AttributedQuote(QuoteSegment segment, Optional<ResolvedSpeaker> speaker, Optional<Span> cue,
                       AttributionRule rule, double confidence) {

    static AttributedQuote none(QuoteSegment segment) {
        return new AttributedQuote(segment, Optional.empty(), Optional.empty(), AttributionRule.NONE, 0);
    }
}
