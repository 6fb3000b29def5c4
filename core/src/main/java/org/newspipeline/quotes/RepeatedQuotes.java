package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspipeline.model.AttributionRule;

/**
 * Quotes that repeat the words of another quote: a headline or a pull quote echoes what the body quotes with its
 * speaker ({@code 'I thought I would die': climber rescued} above {@code "I thought I would die up there," Ewan
 * Holt said}). A quote that neither the quote rules nor a report attributed, of at least {@value #MIN_WORDS} words,
 * all of which stand in the same order in quotes of one speaker elsewhere, takes that speaker; when quotes of two
 * speakers hold them, it keeps none. Stateless.
 */
final class RepeatedQuotes {

    /** The fewest words of a quote that is taken for a repetition: shorter ones are slogans and stock phrases. */
    static final int MIN_WORDS = 6;
    /** How sure a repeated quote's speaker is before the fitted confidence model rescores it. */
    private static final double CONFIDENCE = 0.8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private RepeatedQuotes() {
    }

    /**
     * @param found       the document's quotes with their speakers, in text order
     * @param doc         the document
     * @param unattached  whether the quote at an index belongs to no attribution yet
     * @return the same quotes, those without a speaker or an attribution that repeat a quote with a speaker given
     *         its speaker
     */
    static List<AttributedQuote> attributed(List<AttributedQuote> found, DocumentView doc, IntPredicate unattached) {
        List<AttributedQuote> out = new ArrayList<>(found);
        List<String> words = found.stream().map(q -> words(q.segment().content().of(doc.text()))).toList();
        for (int i = 0; i < found.size(); i++) {
            AttributedQuote q = found.get(i);
            if (q.speaker().isPresent() || !unattached.test(i) || words.get(i).split(" ").length < MIN_WORDS) {
                continue;
            }
            Optional<AttributedQuote> source = Optional.empty();
            boolean several = false;
            for (int j = 0; j < found.size(); j++) {
                AttributedQuote other = found.get(j);
                if (j == i || other.speaker().isEmpty() || !(" " + words.get(j) + " ")
                        .contains(" " + words.get(i) + " ")) {
                    continue;
                }
                String key = other.speaker().get().key();
                several |= source.isPresent() && !source.get().speaker().get().key().equals(key);
                source = source.or(() -> Optional.of(other));
            }
            if (source.isPresent() && !several) {
                out.set(i, new AttributedQuote(q.segment(), source.get().speaker(), Optional.empty(),
                        AttributionRule.REPEATED_QUOTE, CONFIDENCE));
            }
        }
        return out;
    }

    /** The words of a text, lowercase, joined by single blanks. */
    private static String words(String text) {
        StringBuilder b = new StringBuilder();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(m.group());
        }
        return b.toString();
    }
}
