package org.newspipeline.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds lists of data in the article: several lines in a row that each hold a number and a field separator (tour
 * dates "June 9 -- Harbour Arena, Port Ellis, ME", a race calendar "1a etapa: 10 de março –
 * Interlagos", rows of a table copied with tabs). Menus and story lists rarely look like that, so such lines lose
 * the penalty of short lines and the article region may take them in (in text mode; HTML mode has the markup).
 * Stateless; linear in the number of lines.
 */
final class DataLists {

    private static final int MIN_ROWS = 4;
    private static final int MAX_ROW_WORDS = 20;
    private static final int MAX_ROW_CHARS = 160;
    /** The score of a short sentence: a row neither speaks for the article nor against it much. */
    private static final double ROW_SCORE = 1;
    private static final Pattern FIELD_SEPARATOR = Pattern.compile(" -- | – | — | - |: |\\t");

    private DataLists() {
    }

    /**
     * Raises the score of every row of a data list to that of a short sentence.
     *
     * @param lines  a page's lines
     * @param scores their scores, changed in place
     */
    static void mark(List<Line> lines, double[] scores) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isRow(lines.get(end))) {
                end++;
            }
            if (end - i >= MIN_ROWS) {
                for (int k = i; k < end; k++) {
                    scores[k] = Math.max(scores[k], ROW_SCORE);
                }
                i = end;
            } else {
                i = Math.max(end, i + 1);
            }
        }
    }

    static boolean isRow(Line line) {
        String text = line.text();
        return !line.isHardClutter() && line.words() <= MAX_ROW_WORDS && text.length() <= MAX_ROW_CHARS
                && text.chars().anyMatch(Character::isDigit) && FIELD_SEPARATOR.matcher(text).find();
    }
}
