package org.newspipeline.html;

/** Whitespace handling for text taken from markup. Stateless and thread-safe. */
final class Whitespace {

    private Whitespace() {
    }

    /** Collapses runs of whitespace (including no-break and other Unicode spaces) to one space. */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
