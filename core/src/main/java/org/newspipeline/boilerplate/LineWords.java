package org.newspipeline.boilerplate;

/**
 * The words of a line as the boilerplate stage counts them: a run of letters and digits, with soft hyphens inside
 * ("inter&shy;national" is one word) and an apostrophe's tail ("don't", "rock'n'roll"); in regular-expression terms
 * {@code [\p{L}\p{N}](?:SHY?[\p{L}\p{N}])*(?:['’]\p{L}+)*} where SHY is the soft hyphen U+00AD, found left to
 * right. Scanned by hand: a matcher of that pattern clears the state of its two loops on every match, and counting
 * words that way was the stage's largest cost. Linear in the line's length.
 *
 * <p>One instance walks one line; not thread-safe.
 */
final class LineWords {

    private static final char SOFT_HYPHEN = '\u00ad';

    private final String line;
    private int position;
    private int start = -1;
    private int end = -1;

    /** @param line the line to walk */
    LineWords(String line) {
        this.line = line;
    }

    /** @return the number of words in the line */
    static int count(String line) {
        LineWords words = new LineWords(line);
        int n = 0;
        while (words.next()) {
            n++;
        }
        return n;
    }

    /**
     * Moves to the next word.
     *
     * @return false when there is none left
     */
    boolean next() {
        int n = line.length();
        int i = position;
        while (i < n && !isLetterOrNumber(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        if (i >= n) {
            position = n;
            return false;
        }
        start = i;
        i += Character.charCount(line.codePointAt(i));
        while (i < n) {
            int cp = line.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
            } else if (cp == SOFT_HYPHEN && i + 1 < n && isLetterOrNumber(line.codePointAt(i + 1))) {
                i += 1 + Character.charCount(line.codePointAt(i + 1));
            } else {
                break;
            }
        }
        while (i + 1 < n && isApostrophe(line.charAt(i)) && Character.isLetter(line.codePointAt(i + 1))) {
            i++;
            while (i < n && Character.isLetter(line.codePointAt(i))) {
                i += Character.charCount(line.codePointAt(i));
            }
        }
        end = i;
        position = i;
        return true;
    }

    /** @return the current word's first char index */
    int start() {
        return start;
    }

    /** @return the index after the current word's last char */
    int end() {
        return end;
    }

    /** @return the current word */
    String word() {
        return line.substring(start, end);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
