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
 * <p>Three features ({@link LineLexicon#LEXICON_FEATURES}) come from learned word weights ({@link LineLexicon}),
 * shipped beside each mode's weights ({@value #TEXT_WORDS_RESOURCE}, {@value #HTML_WORDS_RESOURCE}); a model without
 * them reads those features as zero.
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
            "layout", "declared_yes", "declared_no", "emphasised", "heading", "list_item", "main_container",
            "hand_region", "hand_region_log_words", "hand_score",
            "words_mean", "words_min", "words_sum");
    /** The resource of the text-mode model. */
    public static final String TEXT_RESOURCE = "boilerplate-text.tsv";
    /** The resource of the HTML-mode model. */
    public static final String HTML_RESOURCE = "boilerplate-html.tsv";
    /** The resource of the text-mode model's word weights. */
    public static final String TEXT_WORDS_RESOURCE = "boilerplate-text-words.tsv.gz";
    /** The resource of the HTML-mode model's word weights. */
    public static final String HTML_WORDS_RESOURCE = "boilerplate-html-words.tsv.gz";
    /** The version of the file format and of the feature set this class reads. */
    public static final int VERSION = 3;

    private static final String WHAT = "line model";

    private final LinearModel model;
    /** The word weights that give the features {@link LineLexicon#LEXICON_FEATURES}, or null: those are zero. */
    private final LineLexicon lexicon;

    /**
     * A model without word weights: it reads the features {@link LineLexicon#LEXICON_FEATURES} as zero.
     *
     * @param weights one weight per feature of {@link #FEATURES}
     * @throws IllegalArgumentException if the count differs
     */
    public LineModel(double[] weights) {
        this(new LinearModel(FEATURES, weights, VERSION, WHAT), null);
    }

    private LineModel(LinearModel model, LineLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
    }

    /**
     * @param words the word weights that give each line its features {@link LineLexicon#LEXICON_FEATURES}
     * @return the same weights reading those features from the given word weights
     */
    public LineModel withLexicon(LineLexicon words) {
        return new LineModel(model, words);
    }

    /**
     * The fitted text-mode model of {@code models-config}, with its word weights.
     *
     * @return the model
     * @throws IllegalStateException if a resource is missing or malformed
     */
    public static LineModel text() {
        return new LineModel(LinearModel.resource(TEXT_RESOURCE, FEATURES, VERSION, WHAT),
                LineLexicon.resource(TEXT_WORDS_RESOURCE));
    }

    /**
     * The fitted HTML-mode model of {@code models-config}, with its word weights.
     *
     * @return the model
     * @throws IllegalStateException if a resource is missing or malformed
     */
    public static LineModel html() {
        return new LineModel(LinearModel.resource(HTML_RESOURCE, FEATURES, VERSION, WHAT),
                LineLexicon.resource(HTML_WORDS_RESOURCE));
    }

    /**
     * Reads a model in the format above, without word weights (see {@link #withLexicon}).
     *
     * @param in the stream; not closed
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, names an unknown feature, or the version differs
     */
    public static LineModel read(InputStream in) throws IOException {
        return new LineModel(LinearModel.read(in, FEATURES, VERSION, WHAT), null);
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

    /** @return the word weights, or null if the model has none */
    public LineLexicon lexicon() {
        return lexicon;
    }

    /** @return a copy of the weights, in the order of {@link #FEATURES} */
    public double[] weights() {
        return model.weights();
    }

    /**
     * @param x a line's features, those of the word weights among them
     * @return the log-odds that the line is article body
     */
    public double logit(double[] x) {
        return model.logit(x);
    }

    /**
     * Sets the features of the word weights in a line's vector (to zero if the model has none) and gives its
     * log-odds.
     *
     * @param x    a line's features, {@link #FEATURES} long; those of the word weights are set here
     * @param line the line's text
     * @return the log-odds that the line is article body
     */
    double logit(double[] x, String line) {
        if (lexicon != null) {
            lexicon.fill(x, line);
        } else {
            LineLexicon.clear(x);
        }
        return model.logit(x);
    }

    /**
     * @param logit a line's log-odds of being body
     * @param words its word count
     * @return its score for the region search, in words: {@code max(1, words) * (2p - 1)}
     */
    static double score(double logit, int words) {
        double p = 1 / (1 + Math.exp(-logit));
        return Math.max(1, words) * (2 * p - 1);
    }
}
