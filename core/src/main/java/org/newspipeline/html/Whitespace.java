package org.newspipeline.html;

/** Whitespace and invisible break marks in text taken from markup. Stateless and thread-safe. */
final class Whitespace {

    private static final char SOFT_HYPHEN = '\u00ad';

    private Whitespace() {
    }

    /**
     * Collapses runs of whitespace (including no-break and other Unicode spaces) to one space, and drops soft hyphens
     * (U+00AD), which only mark where a word may break: a word split by them reads as one word again.
     */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == SOFT_HYPHEN) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                } else if (space && i > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        if (space && out.length() > 0) {
            out.append(' ');
        }
        return out.toString();
    }
}
