package org.newspipeline.boilerplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.learn.WeightFile;

/**
 * Learned word weights for the line model: how much a word speaks for a line being article body (above zero) or
 * page furniture (below), counted in sites rather than in lines, so that a word only one site uses for its furniture
 * (its own name) weighs nothing. A word's weight is {@code ln((b + 1) / (c + 1))}, where {@code b} is the number of
 * sites on which it stands in a body line and {@code c} the number on which it stands in a furniture line; only
 * words seen on at least a given number of sites are kept. Words that every page uses both ways (the function
 * words) weigh about zero; words of sharing buttons, subscription offers and registration boxes weigh below.
 *
 * <p>The features it gives a line ({@link #LEXICON_FEATURES}) are the mean weight of its distinct known words, the
 * lowest weight among them (at most zero), and their sum (clipped to plus or minus {@value #SUM_CLIP}, divided by
 * it); all zero when the line has no known word.
 *
 * <p>The file, written by the training program and shipped gzipped in {@code models-config}, is a {@link WeightFile}
 * whose names are words: a version line first ({@code version TAB 1}), then one {@code word TAB weight} line per word
 * (the word "version" among them); a line that opens with {@code #} is a comment.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineLexicon {

    /** The names of the features the lexicon gives, as they stand in {@link LineModel#FEATURES}. */
    public static final List<String> LEXICON_FEATURES = List.of("words_mean", "words_min", "words_sum");
    /** The version of the file format this class reads. */
    public static final int VERSION = 1;

    private static final int MEAN = LineModel.FEATURES.indexOf("words_mean");
    private static final int MIN = LineModel.FEATURES.indexOf("words_min");
    private static final int SUM = LineModel.FEATURES.indexOf("words_sum");
    /** The sum of a line's word weights is clipped to this, either side. */
    public static final double SUM_CLIP = 10;

    private final Map<String, Double> weights;

    /** @param weights each word's weight, the words in lower case */
    public LineLexicon(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** @return how many words the lexicon knows */
    public int size() {
        return weights.size();
    }

    /**
     * Sets a line's lexicon features in its feature vector.
     *
     * @param vector the line's features, {@link LineModel#FEATURES} long; changed in place
     * @param line   the line's text
     */
    public void fill(double[] vector, String line) {
        double sum = 0;
        double min = 0;
        int known = 0;
        for (String word : words(line)) {
            Double w = weights.get(word);
            if (w != null) {
                sum += w;
                min = Math.min(min, w);
                known++;
            }
        }
        vector[MEAN] = known == 0 ? 0 : sum / known;
        vector[MIN] = min;
        vector[SUM] = Math.max(-SUM_CLIP, Math.min(SUM_CLIP, sum)) / SUM_CLIP;
    }

    /**
     * Sets a line's lexicon features to zero, as for a line without known words.
     *
     * @param vector the line's features, {@link LineModel#FEATURES} long; changed in place
     */
    static void clear(double[] vector) {
        vector[MEAN] = 0;
        vector[MIN] = 0;
        vector[SUM] = 0;
    }

    /**
     * Reads the gzipped word weights a resource of {@code models-config} ships.
     *
     * @param name the resource's name, e.g. {@value LineModel#TEXT_WORDS_RESOURCE}
     * @return the word weights
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static LineLexicon resource(String name) {
        return ConfigResources.readGzippedModel(name, LineLexicon::read);
    }

    /**
     * @param line a line's text
     * @return its distinct words in lower case, in order
     */
    static Set<String> words(String line) {
        Set<String> out = new LinkedHashSet<>();
        LineWords words = new LineWords(line);
        while (words.next()) {
            out.add(line.substring(words.start(), words.end()).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Reads a lexicon in the format above.
     *
     * @param in the stream, decompressed; not closed
     * @return the lexicon
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, or the version differs or does not come first
     */
    public static LineLexicon read(InputStream in) throws IOException {
        return new LineLexicon(WeightFile.readNamed(in, VERSION, "word weights"));
    }

    /**
     * Writes the lexicon in the format {@link #read} reads, the words in alphabetical order.
     *
     * @param out     where to write; not closed
     * @param comment comment lines: how the lexicon was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        for (String c : comment) {
            out.write("# " + c + "\n");
        }
        out.write("version\t" + VERSION + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
        }
    }

    /** Counts, per word, the sites on which it stands in body lines and in furniture lines. Not thread-safe. */
    public static final class Builder {

        private final Map<String, Set<String>> bodySites = new HashMap<>();
        private final Map<String, Set<String>> otherSites = new HashMap<>();

        /**
         * @param site the page's site
         * @param line a line's text
         * @param body true if the line is article body
         * @return this builder
         */
        public Builder add(String site, String line, boolean body) {
            Map<String, Set<String>> sites = body ? bodySites : otherSites;
            for (String word : words(line)) {
                sites.computeIfAbsent(word, w -> new HashSet<>()).add(site);
            }
            return this;
        }

        /**
         * @param minSites the fewest sites a word must be seen on, either way, to be kept
         * @return the lexicon
         */
        public LineLexicon build(int minSites) {
            Set<String> all = new HashSet<>(bodySites.keySet());
            all.addAll(otherSites.keySet());
            Map<String, Double> weights = new HashMap<>();
            for (String word : all) {
                Set<String> b = bodySites.getOrDefault(word, Set.of());
                Set<String> c = otherSites.getOrDefault(word, Set.of());
                Set<String> either = new HashSet<>(b);
                either.addAll(c);
                if (either.size() >= minSites) {
                    weights.put(word, Math.log((b.size() + 1.0) / (c.size() + 1.0)));
                }
            }
            return new LineLexicon(weights);
        }
    }
}
