package org.newspipeline.quotes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a quoted title or name ("Morning Joe", "State of the Union") from quoted words: a few words, each
 * capitalised but for short function words, and no sentence punctuation at the end. Stateless.
 *
 * <p>Such a quote standing where a name stands — after a preposition ({@code on "Fox News Sunday,"}), a possessive
 * ({@code Channel 9's "Good Evening"}) or a determiner ({@code the "Save the Pier" campaign}) — names a show, a book or a
 * slogan, and gets no speaker.
 */
final class TitleShape {

    private static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Set<String> SMALL = Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on", "or",
            "the", "to", "with");

    private static final Set<String> NAME_SLOTS = Set.of("on", "in", "at", "of", "from", "during", "into", "onto", "via",
            "the", "a", "an", "his", "her", "their", "its");

    private TitleShape() {
    }

    /** True when the quote is title-shaped and stands where a name stands. */
    static boolean isNamedWork(QuoteSegment segment, DocumentView doc) {
        String quoted = segment.content().of(doc.text()).replaceAll("[,.]$", "");
        if (!looksLikeTitle(quoted)) {
            return false;
        }
        int before = doc.lastTokenEndingBy(segment.outer().start());
        if (before < 0) {
            return false;
        }
        return doc.token(before).pos().equals("POS") || NAME_SLOTS.contains(doc.lower(before));
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
