package org.newspipeline.boilerplate;

/**
 * Scores one line for the densest-region search: how much it speaks for being article body (above zero) or page
 * clutter (below zero), in units of about one per word of prose. Stateless and thread-safe.
 */
final class LineScorer {

    /** The score of a line that one signal marks as clutter. */
    static final double CLUTTER_SCORE = -20;

    static final double SHORT_LINE_SCORE = -2.5;
    private static final double SHORT_SENTENCE_SCORE = 1;
    private static final int SHORT_SENTENCE_WORDS = 3;
    /** Prose in the last part of a page is more often a footer or a comment than article text. */
    private static final double TAIL_SHARE = 0.15;
    private static final double TAIL_WEIGHT = 0.5;

    /**
     * @param line  the line
     * @param index its position among the page's lines
     * @param count how many lines the page has
     * @return its score
     */
    double score(Line line, int index, int count) {
        if (line.isHardClutter()) {
            return CLUTTER_SCORE;
        }
        if (line.isKeywordRun()) {
            return -line.words();
        }
        if (line.isProse()) {
            double score = line.words();
            if (line.repeated()) {
                score = SHORT_LINE_SCORE;
            }
            return count >= 20 && index >= count * (1 - TAIL_SHARE) ? score * TAIL_WEIGHT : score;
        }
        if (line.repeated()) {
            return SHORT_LINE_SCORE;
        }
        return line.endsSentence() && line.words() >= SHORT_SENTENCE_WORDS ? SHORT_SENTENCE_SCORE : SHORT_LINE_SCORE;
    }
}
