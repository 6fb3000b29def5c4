package org.newspipeline.boilerplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.learn.WeightFile;

/**
 * The learned line model of boilerplate removal: a logistic regression over each line's features
 * ({@link #FEATURES}) that gives the probability that the line is article body. The densest-region search of
 * {@link BoilerplateRemover} then reads each line's score in words: {@code max(1, words) * (2p - 1)}, the words
 * the line is expected to add to the body less those it is expected to add wrongly (the training program may shift
 * the bias, so that p is the fitted probability measured against a threshold other than one half that suits the
 * region search better). The weights are fitted by the
 * project's training program ({@code TrainBoilerplate}) and shipped as resources of {@code models-config}, one for
 * text mode ({@value #TEXT_RESOURCE}) and one for HTML mode ({@value #HTML_RESOURCE}).
 *
 * <p>The file is a {@link WeightFile}, version {@value #VERSION}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineModel {

    /** The feature names, in the order of the vectors. */
    public static final List<String> FEATURES = List.of("bias", "prose", "prose_log_words", "other_log_words",
            "words_per_50", "stop_word_ratio", "ends_sentence", "inner_marks", "clutter_cue", "timestamp",
            "not_text", "markup_only", "keyword_run_log_words", "repeated_short", "repeated_prose", "glued_title",
            "dated_reference", "photo_credit", "comments_heading", "short_sentence", "story_list", "data_list",
            "menu_run", "in_comments", "after_counted_comments", "tail_15", "tail_25", "position", "prose_near",
            "prose_before", "prose_after", "before_first_long_prose", "after_last_long_prose", "no_long_prose",
            "html", "in_content", "in_content_log_words", "link_density", "link_heavy_log_words", "named_layout",
            "layout", "declared_yes", "declared_no", "hand_region", "hand_region_log_words", "hand_score");
    /** The resource of the text-mode model. */
    public static final String TEXT_RESOURCE = "boilerplate-text.tsv";
    /** The resource of the HTML-mode model. */
    public static final String HTML_RESOURCE = "boilerplate-html.tsv";
    /** The version of the file format and of the feature set this class reads. */
    public static final int VERSION = 1;

    private static final String WHAT = "line model";

    private final LinearModel model;

    /**
     * @param weights one weight per feature of {@link #FEATURES}
     * @throws IllegalArgumentException if the count differs
     */
    public LineModel(double[] weights) {
        this(new LinearModel(FEATURES, weights, VERSION, WHAT));
    }

    private LineModel(LinearModel model) {
        this.model = model;
    }

    /**
     * The fitted text-mode model of {@code models-config}.
     *
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static LineModel text() {
        return new LineModel(LinearModel.resource(TEXT_RESOURCE, FEATURES, VERSION, WHAT));
    }

    /**
     * The fitted HTML-mode model of {@code models-config}.
     *
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static LineModel html() {
        return new LineModel(LinearModel.resource(HTML_RESOURCE, FEATURES, VERSION, WHAT));
    }

    /**
     * Reads a model in the format above.
     *
     * @param in the stream; not closed
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, names an unknown feature, or the version differs
     */
    public static LineModel read(InputStream in) throws IOException {
        return new LineModel(LinearModel.read(in, FEATURES, VERSION, WHAT));
    }

    /**
     * Writes the model in the format {@link #read} reads.
     *
     * @param out     where to write; not closed
     * @param comment comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        model.write(out, comment);
    }

    /** @return a copy of the weights, in the order of {@link #FEATURES} */
    public double[] weights() {
        return model.weights();
    }

    /**
     * @param x a line's features
     * @return the log-odds that the line is article body
     */
    public double logit(double[] x) {
        return model.logit(x);
    }

    /**
     * @param x     a line's features
     * @param words its word count
     * @return its score for the region search, in words: {@code max(1, words) * (2p - 1)}
     */
    double score(double[] x, int words) {
        double p = model.probability(x);
        return Math.max(1, words) * (2 * p - 1);
    }
}
