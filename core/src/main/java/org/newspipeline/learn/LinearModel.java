package org.newspipeline.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/**
 * A fitted linear model over named features: one weight per feature, the first the bias, read from and written to a
 * {@link WeightFile} of a given version. What the model scores (a line, a container) and what its features mean is
 * the caller's; this class holds the weights, checks their count against the feature names and takes the dot
 * product. Immutable and thread-safe.
 */
public final class LinearModel {

    private final List<String> features;
    private final double[] weights;
    private final int version;
    private final String what;

    /**
     * @param features the feature names, in the order of the weights
     * @param weights  one weight per feature
     * @param version  the version of the file format and feature set
     * @param what     what the model is, for messages ("line model")
     * @throws IllegalArgumentException if the counts differ
     */
    public LinearModel(List<String> features, double[] weights, int version, String what) {
        this.features = List.copyOf(features);
        this.weights = WeightFile.checked(weights, features);
        this.version = version;
        this.what = what;
    }

    /**
     * Reads the model a resource of {@code models-config} ships.
     *
     * @param name     the resource's name
     * @param features the feature names the model reads
     * @param version  the version of the format and feature set the caller reads
     * @param what     what the model is, for messages
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static LinearModel resource(String name, List<String> features, int version, String what) {
        return new LinearModel(features, WeightFile.resource(name, features, version, what), version, what);
    }

    /**
     * Reads a model from a {@link WeightFile}.
     *
     * @param in       the stream; not closed
     * @param features the feature names the model reads
     * @param version  the version of the format and feature set the caller reads
     * @param what     what the model is, for messages
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, names an unknown feature, or the version differs
     */
    public static LinearModel read(InputStream in, List<String> features, int version, String what)
            throws IOException {
        return new LinearModel(features, WeightFile.read(in, features, version, what), version, what);
    }

    /**
     * Writes the model in the format {@link #read} reads.
     *
     * @param out     where to write; not closed
     * @param comment comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        WeightFile.write(out, features, weights, version, comment);
    }

    /** @return the feature names, in the order of the weights */
    public List<String> features() {
        return features;
    }

    /** @return a copy of the weights */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * @param x a row of features, in the order of {@link #features()}
     * @return the log-odds the model gives it
     */
    public double logit(double[] x) {
        double z = 0;
        for (int k = 0; k < weights.length; k++) {
            z += weights[k] * x[k];
        }
        return z;
    }

    /**
     * @param x a row of features, in the order of {@link #features()}
     * @return the probability the model gives it: the logistic function of {@link #logit}
     */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-logit(x)));
    }

    @Override
    public String toString() {
        return what + " (" + features.size() + " features, version " + version + ")";
    }
}
