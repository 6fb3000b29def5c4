package org.newspipeline.pipeline;

/**
 * Turns a stretch of the input into a name fit to show and compare: markup tags and every run of blanks (tabs,
 * no-break spaces, line ends, zero-width and control characters) become one space, with none at either end, and
 * soft hyphens (U+00AD, a mark where the word may break) go. {@code "Anna\u00a0<b>Berg</b>"} becomes
 * {@code "Anna Berg"}.
 *
 * <p>Stateless and thread-safe.
 */
public final class DisplayText {

    /** Marks where a word may break (U+00AD): it stands inside the word, and a name is shown without it. */
    static final char SOFT_HYPHEN = '\u00ad';

    private DisplayText() {
    }

    /**
     * @param text a stretch of the original input
     * @return the same words, one space between them
     */
    public static String of(String text) {
        boolean[] tags = MarkupTags.mask(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SOFT_HYPHEN) {
                continue;
            }
            if (tags[i] || isBlank(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT;
    }
}
