package org.newspipeline.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Loads the property sets and word lists that news-pipeline's stages run with, from this module's classpath
 * resources under {@code org/newspipeline/config/}.
 *
 * <p>Word lists are UTF-8 text, one entry a line; blank lines and lines starting with {@code #} are skipped and
 * each entry is trimmed. Every method reads the resource afresh and returns an immutable value; callers load a
 * list once (when a pipeline is built) and keep it.
 *
 * <p>A missing resource is an {@link IllegalStateException} naming it: a broken installation, not a caller's
 * mistake. This class is stateless and thread-safe.
 */
public final class ConfigResources {

    /** The CoreNLP property set of the default English pipeline. */
    public static final String CORENLP_ENGLISH = "corenlp-english.properties";

    private static final String ROOT = "/org/newspipeline/config/";

    private ConfigResources() {
    }

    /**
     * Reads a word list as an ordered, immutable set.
     *
     * @param name the list's file name under {@code wordlists/}, e.g. {@code "reporting-verbs.txt"}
     * @return the entries in file order, without duplicates
     * @throws IllegalStateException if the resource does not exist or cannot be read
     */
    public static Set<String> wordSet(String name) {
        return Set.copyOf(new LinkedHashSet<>(lines("wordlists/" + name)));
    }

    /**
     * Reads a word list as immutable lines in file order, duplicates kept (for checks of the lists themselves).
     *
     * @param name the list's file name under {@code wordlists/}
     * @return the entries, trimmed, in file order
     * @throws IllegalStateException if the resource does not exist or cannot be read
     */
    public static List<String> wordLines(String name) {
        return lines("wordlists/" + name);
    }

    /**
     * Reads a two-column, tab-separated word list as an immutable map from the first column to the second.
     *
     * @param name the list's file name under {@code wordlists/}, e.g. {@code "pronouns.txt"}
     * @return the map, in file order
     * @throws IllegalStateException if the resource is missing or a line has not exactly two columns
     */
    public static Map<String, String> wordMap(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines("wordlists/" + name)) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("Word list " + name + " needs two tab-separated columns, got: " + line);
            }
            map.put(cols[0].trim(), cols[1].trim());
        }
        return Map.copyOf(map);
    }

    /**
     * Reads a tab-separated table of weights, as a training program writes it: a word, its weight, and any further
     * columns (counts, for the reader), which are ignored.
     *
     * @param name the table's file name under {@code wordlists/}, e.g. {@code "attribution-cues.tsv"}
     * @return the map from word to weight, in file order
     * @throws IllegalStateException if the resource is missing or a line has no numeric second column
     */
    public static Map<String, Double> wordWeights(String name) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String line : lines("wordlists/" + name)) {
            String[] cols = line.split("\t");
            try {
                map.put(cols[0].trim(), Double.parseDouble(cols[1].trim()));
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalStateException("Table " + name + " needs a word and a number, got: " + line, e);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Reads a property set.
     *
     * @param name the file name under {@code org/newspipeline/config/}, e.g. {@link #CORENLP_ENGLISH}
     * @return a fresh {@link Properties} the caller may change
     * @throws IllegalStateException if the resource does not exist or cannot be read
     */
    public static Properties properties(String name) {
        Properties props = new Properties();
        try (InputStream in = open(name)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read property set " + name, e);
        }
        return props;
    }

    /**
     * Opens a fitted model's file, as a training program of the project wrote it.
     *
     * @param name the file's name under {@code models/}, e.g. {@code "attribution-tagger.tsv.gz"}
     * @return the open stream; the caller closes it
     * @throws IllegalStateException if the resource does not exist
     */
    public static InputStream openModel(String name) {
        return open("models/" + name);
    }

    /**
     * Reads a model from a stream (the stream is closed by the caller).
     *
     * @param <T> the model's type
     */
    @FunctionalInterface
    public interface ModelReader<T> {
        /**
         * @param in the model's file, decompressed
         * @return the model
         * @throws IOException if the stream cannot be read
         */
        T read(InputStream in) throws IOException;
    }

    /**
     * Reads a fitted model's gzipped file with the model's own reader.
     *
     * @param <T>    the model's type
     * @param name   the file's name under {@code models/}, e.g. {@code "attribution-tagger.tsv.gz"}
     * @param reader reads the decompressed file
     * @return the model
     * @throws IllegalStateException if the resource does not exist (or the reader finds it malformed)
     * @throws UncheckedIOException  if it cannot be read
     */
    public static <T> T readGzippedModel(String name, ModelReader<T> reader) {
        try (InputStream in = new GZIPInputStream(openModel(name))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + path, e);
        }
        return List.copyOf(out);
    }

    private static InputStream open(String path) {
        Objects.requireNonNull(path, "resource name must not be null");
        InputStream in = ConfigResources.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + ROOT + path
                    + ": is news-pipeline-models-config on the classpath?");
        }
        return in;
    }
}
