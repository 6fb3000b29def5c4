package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * speakers hold them, or its first words stand in more than {@value #MAX_PLACES} places, it keeps none. The cost is
 * in proportion to the quotes' words. Stateless.
 */
final class RepeatedQuotes {

    /** The fewest words of a quote that is taken for a repetition: shorter ones are slogans and stock phrases. */
    static final int MIN_WORDS = 6;
    /**
     * The most places a quote's first words may stand in quotes with a speaker: words repeated more often are a
     * stock phrase, not a quotation repeated.
     */
    static final int MAX_PLACES = 8;
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
        List<List<String>> words = found.stream().map(q -> words(q.segment().content().of(doc.text()))).toList();
        // where each run of MIN_WORDS words stands in the quotes with a speaker (quote, word): a repetition starts
        // at one of them, so each quote is compared only there, and never more than MAX_PLACES times
        Map<List<String>, List<int[]>> places = new HashMap<>();
        for (int j = 0; j < found.size(); j++) {
            List<String> w = words.get(j);
            for (int k = 0; found.get(j).speaker().isPresent() && k + MIN_WORDS <= w.size(); k++) {
                List<int[]> at = places.computeIfAbsent(w.subList(k, k + MIN_WORDS), x -> new ArrayList<>());
                if (at.size() <= MAX_PLACES) {
                    at.add(new int[] {j, k});
                }
            }
        }
        for (int i = 0; i < found.size(); i++) {
            AttributedQuote q = found.get(i);
            List<String> w = words.get(i);
            if (q.speaker().isPresent() || !unattached.test(i) || w.size() < MIN_WORDS) {
                continue;
            }
            List<int[]> at = places.getOrDefault(w.subList(0, MIN_WORDS), List.of());
            Optional<ResolvedSpeaker> speaker = Optional.empty();
            boolean several = at.size() > MAX_PLACES;
            for (int[] place : several ? List.<int[]>of() : at) {
                List<String> other = words.get(place[0]);
                if (place[1] + w.size() > other.size() || !other.subList(place[1], place[1] + w.size()).equals(w)) {
                    continue;
                }
                ResolvedSpeaker said = found.get(place[0]).speaker().orElseThrow();
                several |= speaker.isPresent() && !speaker.get().key().equals(said.key());
                speaker = speaker.or(() -> Optional.of(said));
            }
            if (speaker.isPresent() && !several) {
                out.set(i, new AttributedQuote(q.segment(), speaker, Optional.empty(), AttributionRule.REPEATED_QUOTE,
                        CONFIDENCE));
            }
        }
        return out;
    }

    /** The words of a text, lowercase. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
