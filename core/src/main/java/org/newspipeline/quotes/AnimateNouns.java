package org.newspipeline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource
                    + ": add org.newspipeline:news-pipeline-models-english to the classpath");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return words;
    }
}
