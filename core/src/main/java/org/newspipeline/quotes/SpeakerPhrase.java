package org.newspipeline.quotes;

/**
 * The words that name a quote's source, by token range.
 *
 * @param first          the first token (a determiner included)
 * @param end            one past the last token
 * @param head           the token the phrase is about ("spokesman" in "a spokesman for the campaign")
 * @param appositionFirst the first token of an apposition that describes or names the same source
 *                       ("Josh Earnest" in "a White House spokesman, Josh Earnest,"), or -1
 * @param appositionEnd  one past its last token, or -1
 */
record SpeakerPhrase(int first, int end, int head, int appositionFirst, int appositionEnd) {

    SpeakerPhrase(int first, int end, int head) {
        this(first, end, head, -1, -1);
    }

    SpeakerPhrase withApposition(int from, int to) {
        return new SpeakerPhrase(first, end, head, from, to);
    }

    boolean hasApposition() {
        return appositionFirst >= 0 && appositionEnd > appositionFirst;
    }
}
