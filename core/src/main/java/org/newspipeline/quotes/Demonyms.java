package org.newspipeline.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newspipeline.models.english.EnglishModels;

/**
 * The words for the people of a place and for their nationality ("Italian", "Briton", "Frenchwoman"), from CoreNLP's
 * list of demonyms: every single-word form after a line's place name, lowercase.
 */
final class Demonyms {

    private Demonyms() {
    }

    /**
     * Loads the list from the classpath.
     *
     * @return the demonyms
     * @throws IllegalStateException if the list is not on the classpath
     */
    static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String line : ModelWordLists.lines(EnglishModels.DEMONYMS)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            for (int i = 1; i < fields.length; i++) {
                String word = fields[i].strip();
                if (!word.isEmpty() && word.indexOf(' ') < 0) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(words);
    }
}
