package org.newspipeline.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newspipeline.models.english.EnglishModels;

/**
 * The nouns that name living beings ("pharmacists", "voters", "meteorologist") and never things, from CoreNLP's
 * animacy lists: the words of its animate list that its inanimate list does not also hold, lowercase, as written
 * (plurals are words of their own).
 */
final class AnimateNouns {

    private AnimateNouns() {
    }

    /**
     * Loads the lists from the classpath.
     *
     * @return the animate nouns
     * @throws IllegalStateException if a list is not on the classpath
     */
    static Set<String> load() {
        Set<String> animate = read(EnglishModels.ANIMATE_NOUNS);
        animate.removeAll(read(EnglishModels.INANIMATE_NOUNS));
        return Set.copyOf(animate);
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : ModelWordLists.lines(resource)) {
            String word = line.strip();
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
