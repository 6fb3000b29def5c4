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
        InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(EnglishModels.DEMONYMS);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + EnglishModels.DEMONYMS
                    + ": add org.newspipeline:news-pipeline-models-english to the classpath");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
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
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + EnglishModels.DEMONYMS, e);
        }
        return Set.copyOf(words);
    }
}
