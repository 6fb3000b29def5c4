package org.newspipeline.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newspipeline.config.ConfigResources;

/**
 * The file a fitted linear model is shipped in: UTF-8 text, a line {@code version<TAB>N} first, then one line per
 * feature, its name and its weight. Lines starting with {@code #} are comments (how the model was fitted); a
 * feature the file does not name weighs zero. Stateless.
 */
public final class WeightFile {

    private WeightFile() {
    }

    /**
     * @param in       the stream; not closed
     * @param features the feature names the model reads, in the order of its weights
     * @param version  the version of the format and feature set the caller reads
     * @param what     what the model is, for messages ("line model")
     * @return one weight per feature
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, names an unknown feature, or the version line differs,
     *                               is missing or does not come first
     */
    public static double[] read(InputStream in, List<String> features, int version, String what) throws IOException {
        double[] weights = new double[features.size()];
        for (Map.Entry<String, Double> e : readNamed(in, version, what).entrySet()) {
            int k = features.indexOf(e.getKey());
            if (k < 0) {
                throw new IllegalStateException("Unknown " + what + " feature: " + e.getKey());
            }
            weights[k] = e.getValue();
        }
        return weights;
    }

    /**
     * Reads a file of this format whose names are not a fixed list (the words of a lexicon): every line after the
     * version line is a name and its weight, so a name may be "version" too.
     *
     * @param in      the stream; not closed
     * @param version the version of the format the caller reads
     * @param what    what the weights are, for messages ("word weights")
     * @return each name's weight, in the file's order
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, or the version line differs, is missing or does not
     *                               come first
     */
    public static Map<String, Double> readNamed(InputStream in, int version, String what) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new LinkedHashMap<>();
        boolean versioned = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("Malformed " + what + " line: " + line);
            }
            try {
                if (!versioned) {
                    if (!cols[0].equals("version")) {
                        throw new IllegalStateException(what + " without a version line first");
                    }
                    if (Integer.parseInt(cols[1].strip()) != version) {
                        throw new IllegalStateException(what + " version " + cols[1] + ", this code reads " + version);
                    }
                    versioned = true;
                    continue;
                }
                weights.put(cols[0], Double.parseDouble(cols[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Malformed " + what + " line: " + line, e);
            }
        }
        if (!versioned) {
            throw new IllegalStateException(what + " without a version line");
        }
        return weights;
    }

    /**
     * Reads the weights a resource of {@code models-config} ships.
     *
     * @param name     the resource's name
     * @param features the feature names the model reads, in the order of its weights
     * @param version  the version of the format and feature set the caller reads
     * @param what     what the model is, for messages
     * @return one weight per feature
     * @throws UncheckedIOException  if the resource cannot be read
     * @throws IllegalStateException if it is missing or malformed
     */
    public static double[] resource(String name, List<String> features, int version, String what) {
        try (InputStream in = ConfigResources.openModel(name)) {
            return read(in, features, version, what);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /**
     * Checks that there is one weight per feature.
     *
     * @param weights  the weights
     * @param features the feature names
     * @return a copy of the weights
     * @throws IllegalArgumentException if the counts differ
     */
    public static double[] checked(double[] weights, List<String> features) {
        if (weights.length != features.size()) {
            throw new IllegalArgumentException("need " + features.size() + " weights, got " + weights.length);
        }
        return weights.clone();
    }

    /**
     * Writes weights in the format {@link #read} reads.
     *
     * @param out      where to write; not closed
     * @param features the feature names, in the order of the weights
     * @param weights  one weight per feature
     * @param version  the version of the format and feature set
     * @param comment  comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public static void write(Writer out, List<String> features, double[] weights, int version, List<String> comment)
            throws IOException {
        for (String c : comment) {
            out.write("# " + c.replace('\n', ' ') + "\n");
        }
        out.write("version\t" + version + "\n");
        for (int k = 0; k < weights.length; k++) {
            out.write(features.get(k) + "\t" + String.format(Locale.ROOT, "%.6g", weights[k]) + "\n");
        }
    }
}
