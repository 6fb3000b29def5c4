package org.newspipeline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newspipeline.pipeline.Gender;

/**
 * The usual gender of first names, read from the name counts shipped in CoreNLP's English models, which
 * news-pipeline-models-english carries ({@value #RESOURCE}: a name, then counts as male, female, neuter and
 * plural). A name counts as one gender when at least {@value #MIN_COUNT} uses are known and four in five of its
 * gendered uses are of that gender.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameGenders {

    /** The classpath resource the counts come from. */
    public static final String RESOURCE = "edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";

    private static final int MIN_COUNT = 20;

    private final Map<String, Gender> genders;

    private NameGenders(Map<String, Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    /**
     * Loads the counts from the classpath.
     *
     * @return the loaded table
     * @throws IllegalStateException if the resource is not on the classpath
     */
    public static NameGenders load() {
        InputStream in = NameGenders.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE
                    + ": add org.newspipeline:news-pipeline-models-english to the classpath");
        }
        Map<String, Gender> genders = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length < 3) {
                    continue;
                }
                long male = Long.parseLong(cols[1]);
                long female = Long.parseLong(cols[2]);
                if (male + female >= MIN_COUNT) {
                    if (male * 5 >= (male + female) * 4) {
                        genders.put(cols[0].toLowerCase(Locale.ROOT), Gender.MALE);
                    } else if (female * 5 >= (male + female) * 4) {
                        genders.put(cols[0].toLowerCase(Locale.ROOT), Gender.FEMALE);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
        return new NameGenders(genders);
    }

    /**
     * @param firstName a first name, any case
     * @return its usual gender, or empty when unknown or mixed
     */
    public Optional<Gender> of(String firstName) {
        return Optional.ofNullable(genders.get(firstName.toLowerCase(Locale.ROOT)));
    }
}
