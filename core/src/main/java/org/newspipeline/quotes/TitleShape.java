package org.newspipeline.quotes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a quoted title or name ("Morning Joe", "State of the Union") from quoted words: a few words, each
 * capitalised but for short function words, and no sentence punctuation at the end. Stateless.
 */
final class TitleShape {

    private static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Set<String> SMALL = Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on", "or",
            "the", "to", "with");

    private TitleShape() {
    }

    static boolean looksLikeTitle(String quote) {
        String text = quote.strip();
        if (text.isEmpty() || ".!?,;:".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find()) {
            String word = m.group();
            words++;
            if (!Character.isUpperCase(word.charAt(0)) && !(words > 1 && SMALL.contains(word))) {
                return false;
            }
        }
        return words > 0 && words <= MAX_WORDS;
    }
}
