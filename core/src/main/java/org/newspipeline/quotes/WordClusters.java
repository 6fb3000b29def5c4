package org.newspipeline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.newspipeline.config.ConfigResources;

/**
 * Classes of lowercase English words that are used alike, at two sizes: each word has a fine class, and each fine
 * class belongs to one coarse class. The attribution tagger reads them so that what it learned of a word carries
 * over to words it has rarely or never seen in training ("castigated" beside "criticized"). The classes are fitted
 * by the project's training program ({@code TrainWordClusters}: k-means over CoreNLP's English word vectors) and
 * shipped as the resource {@value #RESOURCE} of {@code models-config}.
 *
 * <p>The file is UTF-8 text, gzipped: one line per word, {@code word<TAB>fine<TAB>coarse}, the classes numbered
 * from 0; lines starting with {@code #} are comments.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordClusters {

    /** The resource the pipeline loads. */
    public static final String RESOURCE = "word-clusters.tsv.gz";
    /** The class of a word that has none. */
    public static final String UNKNOWN = "?";

    /** The shipped classes once read. */
    private static volatile WordClusters shipped;

    private final Map<String, Integer> fine;
    private final String[] fineNames;
    private final String[] coarseOfFine;

    /**
     * @param fine     each word's fine class
     * @param coarseOf each fine class's coarse class, indexed by the fine class
     * @throws IllegalArgumentException if a word's fine class has no coarse class
     */
    public WordClusters(Map<String, Integer> fine, int[] coarseOf) {
        this.fine = copy(fine, coarseOf);
        this.fineNames = new String[coarseOf.length];
        this.coarseOfFine = new String[coarseOf.length];
        for (int c = 0; c < coarseOf.length; c++) {
            fineNames[c] = Integer.toString(c);
            coarseOfFine[c] = Integer.toString(coarseOf[c]);
        }
    }

    /** A copy whose equal classes share one boxed number. */
    private static Map<String, Integer> copy(Map<String, Integer> fine, int[] coarseOf) {
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(coarseOf, "coarseOf");
        Integer[] shared = new Integer[coarseOf.length];
        Map<String, Integer> copy = new HashMap<>(fine.size() * 2);
        fine.forEach((word, c) -> {
            if (c < 0 || c >= coarseOf.length) {
                throw new IllegalArgumentException("class " + c + " of " + word + " has no coarse class");
            }
            if (shared[c] == null) {
                shared[c] = c;
            }
            copy.put(word, shared[c]);
        });
        return copy;
    }

    /**
     * @param lower a word, lowercase
     * @return its fine class, or {@link #UNKNOWN}
     */
    public String fine(String lower) {
        Integer c = fine.get(lower);
        return c == null ? UNKNOWN : fineNames[c];
    }

    /**
     * @param lower a word, lowercase
     * @return its coarse class, or {@link #UNKNOWN}
     */
    public String coarse(String lower) {
        Integer c = fine.get(lower);
        return c == null ? UNKNOWN : coarseOfFine[c];
    }

    /** @return how many words have a class */
    public int size() {
        return fine.size();
    }

    /**
     * The classes of {@code models-config}, read on first use and then shared.
     *
     * @return the shipped classes
     * @throws IllegalStateException if the resource is missing or malformed
     * @throws UncheckedIOException  if it cannot be read
     */
    public static WordClusters english() {
        WordClusters classes = shipped;
        if (classes == null) {
            synchronized (WordClusters.class) {
                classes = shipped;
                if (classes == null) {
                    classes = load();
                    shipped = classes;
                }
            }
        }
        return classes;
    }

    private static WordClusters load() {
        return ConfigResources.readGzippedModel(RESOURCE, WordClusters::read);
    }

    /**
     * Reads classes in the format above (not gzipped).
     *
     * @param in the stream; not closed
     * @return the classes
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed or a fine class lies in two coarse classes
     */
    public static WordClusters read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Integer> fine = new HashMap<>(1 << 18);
        int[] coarseOf = new int[0];
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            int tab2 = line.indexOf('\t', tab + 1);
            int c;
            int coarse;
            try {
                if (tab < 0 || tab2 < 0 || line.indexOf('\t', tab2 + 1) >= 0) {
                    throw new NumberFormatException("need 3 fields");
                }
                c = Integer.parseInt(line, tab + 1, tab2, 10);
                coarse = Integer.parseInt(line, tab2 + 1, line.length(), 10);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("line " + number + " of the word classes: " + e.getMessage());
            }
            if (c < 0 || coarse < 0) {
                throw new IllegalStateException("line " + number + " of the word classes: negative class");
            }
            if (c >= coarseOf.length) {
                int old = coarseOf.length;
                coarseOf = Arrays.copyOf(coarseOf, Math.max(c + 1, old * 2));
                Arrays.fill(coarseOf, old, coarseOf.length, -1);
            }
            if (coarseOf[c] >= 0 && coarseOf[c] != coarse) {
                throw new IllegalStateException("line " + number + ": class " + c + " lies in two coarse classes");
            }
            coarseOf[c] = coarse;
            fine.put(line.substring(0, tab), c);
        }
        int classes = 0;
        for (int c : fine.values()) {
            classes = Math.max(classes, c + 1);
        }
        int[] used = Arrays.copyOf(coarseOf, classes);
        for (int c = 0; c < classes; c++) {
            used[c] = Math.max(used[c], 0);
        }
        return new WordClusters(fine, used);
    }
}
