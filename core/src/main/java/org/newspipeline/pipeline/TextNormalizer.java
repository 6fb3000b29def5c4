package org.newspipeline.pipeline;

/**
 * Normalises the input one character for one, so that offsets need no mapping: {@code \r\n} becomes a space and
 * {@code \n}, a lone {@code \r} or a Unicode line or paragraph separator becomes {@code \n}, tabs, no-break and
 * other odd spaces become spaces, and control characters, zero-width characters and unpaired surrogates become
 * spaces. A soft hyphen (U+00AD) stays: it stands inside a word ("inter&shy;national"), which a space would split
 * in two. Everything visible is left as it is: quotation marks, letters, symbols, and also the replacement
 * character U+FFFD, private-use and unassigned code points, so that the boilerplate stage still sees (and
 * reports) a line of undecodable bytes instead of losing it as blank.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer implements Stage<String, NormalizedText> {

    @Override
    public NormalizedText apply(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\r') {
                out[i] = i + 1 < out.length && text.charAt(i + 1) == '\n' ? ' ' : '\n';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out[i] = '\n';
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < out.length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    out[i] = ' ';
                }
            } else if (Character.isLowSurrogate(c) || isBlankLike(c)) {
                out[i] = ' ';
            }
        }
        return new NormalizedText(text, new String(out));
    }

    private static boolean isBlankLike(char c) {
        if (c == '\n' || c == DisplayText.SOFT_HYPHEN) {
            return false;
        }
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.FORMAT, Character.CONTROL -> true;
            default -> false;
        };
    }

    @Override
    public String name() {
        return "normalize";
    }
}
