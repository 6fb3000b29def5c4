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
    /** A page's extracted HTML text ends in more footer, comment and related-story blocks than pasted text. */
    private static final double HTML_TAIL_SHARE = 0.25;
    private static final double HTML_TAIL_WEIGHT = 0.3;

    /**
     * @param line  the line
     * @param index its position among the page's lines
     * @param count how many lines the page has
     * @param html  true if the lines are a page's text extracted from its HTML
     * @return its score
     */
    double score(Line line, int index, int count, boolean html) {
        if (line.markupOnly()) {
            return 0;
        }
        if (line.isHardClutter()) {
            return CLUTTER_SCORE;
        }
        if (line.isKeywordRun()) {
            return -line.words();
        }
        if (line.isProse()) {
            double score = line.words();
            if (line.repeated() || line.cookieNotice()) {
                score = SHORT_LINE_SCORE;
            }
            double tailShare = html ? HTML_TAIL_SHARE : TAIL_SHARE;
            double tailWeight = html ? HTML_TAIL_WEIGHT : TAIL_WEIGHT;
            return count >= 20 && index >= count * (1 - tailShare) ? score * tailWeight : score;
        }
        if (line.repeated() || line.gluedTitle()) {
            return SHORT_LINE_SCORE;
        }
        return line.endsSentence() && line.words() >= SHORT_SENTENCE_WORDS ? SHORT_SENTENCE_SCORE : SHORT_LINE_SCORE;
    }
}
