package org.newspipeline.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds lists of story cards: at least a few cards in a row, each made of one to a few short lines of two words or
 * more (a kicker, a title, a source or a section label) and then a short summary. The summaries read as prose but
 * belong to the list, so they score as list lines. Stateless; linear in the number of lines.
 */
final class StoryLists {

    private static final int MIN_CARDS = 3;
    private static final int MAX_CARD_LINES = 3;
    private static final int TITLE_MAX_WORDS = 30;
    private static final int SUMMARY_MAX_WORDS = 40;
    private static final int SUMMARY_MAX_MARKS = 2;
    private static final Pattern TURN =
            Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,3}: ");

    private StoryLists() {
    }

    /**
     * Lowers the score of every summary in a list of story cards to that of a list line.
     *
     * @param lines  a page's lines
     * @param scores their scores, changed in place
     */
    static void mark(List<Line> lines, double[] scores) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int cards = 0;
            int next;
            while ((next = cardEnd(lines, end)) > end) {
                end = next;
                cards++;
            }
            if (cards >= MIN_CARDS) {
                for (int k = i; k < end; k++) {
                    if (lines.get(k).isProse()) {
                        scores[k] = Math.min(scores[k], LineScorer.SHORT_LINE_SCORE);
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** @return the index just past the card that starts at {@code start}, or {@code start} if none starts there */
    private static int cardEnd(List<Line> lines, int start) {
        int k = start;
        while (k < lines.size() && k - start < MAX_CARD_LINES && isCardLine(lines.get(k))) {
            k++;
        }
        if (k == start || k >= lines.size() || !isSummary(lines.get(k))
                || isTurn(lines.get(k - 1)) && isTurn(lines.get(k))) {
            // a question and its answer in an interview printed as a transcript ("Lie: What comes first?" then
            // "Moberg: The timetable. ...") are no title and summary
            return start;
        }
        return k + 1;
    }

    /** Whether the line opens with a speaker's label: one to four capitalised words and a colon. */
    private static boolean isTurn(Line line) {
        return TURN.matcher(line.text()).lookingAt();
    }

    private static boolean isCardLine(Line line) {
        return !line.isProse() && !line.notText() && line.words() >= 2 && line.words() <= TITLE_MAX_WORDS;
    }

    private static boolean isSummary(Line line) {
        return line.isProse() && line.words() <= SUMMARY_MAX_WORDS && line.innerMarks() <= SUMMARY_MAX_MARKS;
    }
}
