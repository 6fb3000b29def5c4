package org.newspipeline.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import org.newspipeline.learn.WeightFile;

/**
 * The learned choice of a page's content root: a logistic regression over each candidate container's features
 * ({@link #FEATURES}: its Readability-style paragraph score and that score's share of the best, its names and tag,
 * whether it lies in layout or holds a list of stories, its share of the page's text, its link density, the share of
 * its text in paragraphs, its place on the page, whether it holds the main heading and how much of the declared
 * article body it holds). The candidate with the highest log-odds of being the container that best holds the
 * article is the root. The weights are fitted by the project's training program ({@code TrainBoilerplate}) on pages
 * whose article is known, and shipped as a resource of {@code models-config} ({@value #RESOURCE}).
 *
 * <p>The file is a {@link WeightFile}, version {@value #VERSION}. Immutable and thread-safe.
 */
public final class RootModel {

    /** The feature names, in the order of the vectors. */
    public static final List<String> FEATURES = List.of("bias", "log_points", "share_of_best", "hand_set_best",
            "holds_hand_set_best", "inside_hand_set_best", "content_name", "clutter_name", "inside_layout", "feed",
            "layout_tag", "article_tag", "is_body", "text_share", "log_chars", "link_density", "paragraph_share",
            "holds_h1", "position", "declared_share", "undeclared_share");
    /** The resource of the fitted model. */
    public static final String RESOURCE = "content-root.tsv";
    /** The version of the file format and of the feature set this class reads. */
    public static final int VERSION = 1;

    private final double[] weights;

    /**
     * @param weights one weight per feature of {@link #FEATURES}
     * @throws IllegalArgumentException if the count differs
     */
    public RootModel(double[] weights) {
        this.weights = WeightFile.checked(weights, FEATURES);
    }

    /**
     * The fitted model of {@code models-config}.
     *
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static RootModel standard() {
        return new RootModel(WeightFile.resource(RESOURCE, FEATURES, VERSION, "content root model"));
    }

    /**
     * Reads a model in the format above.
     *
     * @param in the stream; not closed
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, names an unknown feature, or the version differs
     */
    public static RootModel read(InputStream in) throws IOException {
        return new RootModel(WeightFile.read(in, FEATURES, VERSION, "content root model"));
    }

    /**
     * Writes the model in the format {@link #read} reads.
     *
     * @param out     where to write; not closed
     * @param comment comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        WeightFile.write(out, FEATURES, weights, VERSION, comment);
    }

    /** @return a copy of the weights, in the order of {@link #FEATURES} */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * @param x a candidate's features
     * @return the log-odds that the candidate is the content root
     */
    public double logit(double[] x) {
        double z = 0;
        for (int k = 0; k < weights.length; k++) {
            z += weights[k] * x[k];
        }
        return z;
    }
}
