package org.newspipeline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists of {@code news-pipeline-models-english} (CoreNLP's own lists) from the classpath. */
final class ModelWordLists {

    private ModelWordLists() {
    }

    /**
     * @param resource the list's classpath path, one of {@code EnglishModels}' names
     * @return its lines, as written
     * @throws IllegalStateException if the list is not on the classpath or cannot be read
     */
    static List<String> lines(String resource) {
        InputStream in = ModelWordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource
                    + ": add org.newspipeline:news-pipeline-models-english to the classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return lines;
    }
}
