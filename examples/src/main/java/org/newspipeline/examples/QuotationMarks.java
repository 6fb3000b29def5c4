package org.newspipeline.examples;

/**
 * Which characters of a text lie inside a quotation: double quotation marks (straight, curly or doubled
 * apostrophes and backticks) taken in turn as opening and closing, each line starting outside.
 */
final class QuotationMarks {

    private final boolean[] inside;

    /** @param text the text */
    QuotationMarks(String text) {
        inside = new boolean[text.length()];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
            } else if (c == '"' || c == '\u201c' || c == '\u201d') {
                open = !open;
            } else if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                open = !open;
                inside[i] = open;
                i++;
            }
            inside[i] = open;
        }
    }

    /**
     * @param offset a char offset into the text
     * @return true if the character there lies inside a quotation
     */
    boolean isInside(int offset) {
        return offset >= 0 && offset < inside.length && inside[offset];
    }
}
