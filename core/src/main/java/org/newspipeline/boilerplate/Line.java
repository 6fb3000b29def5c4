package org.newspipeline.boilerplate;

import org.newspipeline.model.Span;

/**
 * A non-blank line of the input with the features the classifier reads.
 *
 * @param span           the line without its surrounding blanks
 * @param text           the normalised text of the line
 * @param words          how many words it has (runs of letters or digits; two CJK characters count as one)
 * @param stopWordRatio  the share of its words that are frequent function words
 * @param endsSentence   true if it ends like a sentence (full stop, question or exclamation mark, closing quote)
 * @param clutterCue     true if it opens with a phrase of page furniture
 * @param timestamp      true if it is a relative time or date standing alone
 * @param repeated       true if the same line appears elsewhere in the input
 * @param notText        true if it has no letters or is mostly symbols
 */
record Line(Span span, String text, int words, double stopWordRatio, boolean endsSentence, boolean clutterCue,
            boolean timestamp, boolean repeated, boolean notText) {

    /** @return true if one signal alone marks the line as clutter, wherever it stands */
    boolean isHardClutter() {
        return clutterCue || timestamp || repeated || notText;
    }

    /** @return true if the line reads as running prose */
    boolean isProse() {
        return !isHardClutter() && words >= 6 && (endsSentence || words >= 20)
                && (stopWordRatio >= 0.12 || words >= 12);
    }
}
