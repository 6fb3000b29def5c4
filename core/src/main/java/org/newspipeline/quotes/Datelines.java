package org.newspipeline.quotes;

import java.util.regex.Pattern;
import org.newspipeline.pipeline.Token;

/**
 * Where the words after a dateline or a live report's time stamp start, at the start of a paragraph: "LYNTON — Parents
 * at the village school say ...", "OSLO, May 4 (Nordwire) - The ministry said ...", "Lisbon, May 4 (Nordwire) - ...",
 * "10:42 - The coastguard said ...". The words after it are the sentence's own: its subject, a source or a content.
 */
final class Datelines {

    /** A time of day as a live report stamps its entries: "10:42", "9.05". */
    private static final Pattern CLOCK_TIME = Pattern.compile("[0-2]?\\d[:.][0-5]\\d");

    /** The most tokens of a dateline before its dash or colon ("NEW YORK , March 3 ( Nordwire )"). */
    private static final int MAX_DATELINE = 10;

    private Datelines() {
    }

    /**
     * Where the words after a dateline start in tokens {@code [first, end)} that open a paragraph: after a colon or
     * a dash set off by a blank that follows a word in capitals and then only capitalised words, numbers and
     * punctuation, or a capitalised place and such words with a news agency's name in brackets before the dash;
     * also after a time stamp before a colon or such a dash. -1 when the tokens open with none.
     *
     * @param doc   the document
     * @param first the paragraph's first token
     * @param end   the end (exclusive) of the tokens to look in
     * @return the first token after the dateline, or -1
     */
    static int end(DocumentView doc, int first, int end) {
        String opening = doc.token(first).word();
        int mark = first + 1;
        if (CLOCK_TIME.matcher(opening).matches() && mark + 1 < end
                && (doc.token(mark).word().equals(":") || Token.isSpacedDash(doc.tokens(), mark))) {
            return mark + 1;
        }
        boolean capitals = inCapitals(opening);
        if (!capitals && !Character.isUpperCase(opening.codePointAt(0))) {
            return -1;
        }
        boolean bracket = false;
        for (int k = first + 1; k < end - 1 && k - first <= MAX_DATELINE; k++) {
            Token t = doc.token(k);
            String w = t.word();
            if (w.equals(":") || Token.isSpacedDash(doc.tokens(), k)) {
                return capitals || bracket && doc.token(k - 1).word().equals(")") ? k + 1 : -1;
            }
            if (Character.isLowerCase(w.codePointAt(0)) || t.ner().equals("PERSON")) {
                return -1;
            }
            bracket |= w.equals("(");
        }
        return -1;
    }

    /**
     * Whether a word is written in capitals: two letters or more, none of them lowercase.
     *
     * @param word a word
     * @return whether it is in capitals
     */
    static boolean inCapitals(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 2
                && word.codePoints().noneMatch(Character::isLowerCase);
    }
}
