package org.newspipeline.boilerplate;

import org.newspipeline.model.Span;

/**
 * A non-blank line of the input with the features the classifier reads.
 *
 * @param span          the line without its surrounding blanks
 * @param text          the normalised text of the line
 * @param words         how many words it has (runs of letters or digits; two CJK characters count as one)
 * @param stopWordRatio the share of its words that are frequent function words
 * @param endsSentence  true if it ends like a sentence (full stop, question or exclamation mark, closing quote)
 * @param innerMarks    how many commas, semicolons and sentence ends it has inside (a sign of running prose)
 * @param ideographic   true if it is written mostly in a script whose function words cannot be counted as words:
 *                      CJK and Thai (no spaces between words), Hangul (particles attached to words), or a script
 *                      the function-word lists do not cover (Arabic, Hebrew, Greek, Devanagari ...)
 * @param clutterCue    true if it opens with a phrase of page furniture
 * @param timestamp     true if it is a relative time or date standing alone
 * @param repeated      true if the same line appears elsewhere in the input
 * @param notText       true if it has no letters or is mostly symbols
 * @param commentsHeading true if it is a short line that heads a section of reader comments
 * @param countedComments true if it heads reader comments with their count ("10 thoughts on “Title”",
 *                      "3 Responses to")
 * @param markupOnly    true if it is markup pasted into plain text: nothing but tags (an embedded tweet), or a tag
 *                      of a page's head or scripts; such a line is not text, but it is no sign of page furniture
 *                      either
 * @param gluedTitle    true if it is a story card: a title-case headline run into its summary without a blank
 * @param datedReference true if it ends in a year with no sentence end: a citation, a source or a dated link
 * @param photoCredit   true if it credits a picture, or is a caption that ends in the picture's credit
 * @param cookieNotice  true if it speaks of the site's cookies: a consent banner or a cookie policy, whose prose
 *                      is no article
 */
record Line(Span span, String text, int words, double stopWordRatio, boolean endsSentence, int innerMarks,
            boolean ideographic, boolean clutterCue, boolean timestamp, boolean repeated, boolean notText,
            boolean commentsHeading, boolean countedComments, boolean markupOnly, boolean gluedTitle,
            boolean datedReference, boolean photoCredit, boolean cookieNotice) {

    /** @return the same line with {@code repeated} set as given */
    Line withRepeated(boolean value) {
        return new Line(span, text, words, stopWordRatio, endsSentence, innerMarks, ideographic, clutterCue, timestamp,
                value, notText, commentsHeading, countedComments, markupOnly, gluedTitle, datedReference, photoCredit,
                cookieNotice);
    }

    /** @return true if one signal alone marks the line as clutter, wherever it stands */
    boolean isHardClutter() {
        return clutterCue || timestamp || notText;
    }

    /** @return true if the line reads as running prose: enough words, sentence punctuation and function words */
    boolean isProse() {
        if (isHardClutter() || gluedTitle || datedReference || words < 6) {
            return false;
        }
        boolean punctuated = endsSentence || innerMarks >= 2 || words >= 25;
        boolean functionWords = ideographic || stopWordRatio >= 0.12 || (words >= 12 && stopWordRatio >= 0.04);
        return punctuated && functionWords;
    }

    /** @return true if the line is a long run of words without function words or punctuation: a tag cloud */
    boolean isKeywordRun() {
        return !ideographic && words >= 15 && stopWordRatio < 0.04 && !endsSentence;
    }
}
