package org.newspipeline.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup tags pasted into plain text ({@code <p>}, {@code <a href="...">}, {@code </tweet>}, {@code <br/>}): a
 * {@code <} followed by a letter or {@code /}, up to the next {@code >} on the same line. Tags are not words, names
 * or quotation marks, so the stages that read words mask them; the tags stay in the text and in its spans.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkupTags {

    private static final Pattern TAG = Pattern.compile("<[A-Za-z/][^<>\\n]*>");

    private MarkupTags() {
    }

    /**
     * @param text any text
     * @return one flag per char of {@code text}: true where the char belongs to a markup tag
     */
    public static boolean[] mask(CharSequence text) {
        boolean[] masked = new boolean[text.length()];
        if (text.toString().indexOf('<') >= 0) {
            Matcher m = TAG.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    masked[i] = true;
                }
            }
        }
        return masked;
    }
}
