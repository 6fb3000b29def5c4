package org.newspipeline.cli;

/**
 * Makes text from file names safe to print on one line of a terminal: control characters (a newline, an escape
 * that would drive the terminal) are shown as {@code \n}, {@code \t}, {@code \r} or {@code \xHH}; everything else is
 * kept. Stateless.
 */
final class Printable {

    private Printable() {
    }

    /**
     * @param text a message or a name, possibly from a file name someone else chose
     * @return the text with its control characters and backslashes escaped
     */
    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = switch (c) {
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                default -> Character.isISOControl(c) ? String.format("\\x%02X", (int) c) : null;
            };
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
