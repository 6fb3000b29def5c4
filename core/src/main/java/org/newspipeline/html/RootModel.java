package org.newspipeline.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.learn.WeightFile;

/**
 * The learned choice of a page's content root: a {@link LinearModel} over each candidate container's features
 * ({@link #FEATURES}: its Readability-style paragraph score and that score's share of the best, its names and tag,
 * whether it lies in layout or holds a list of stories, its share of the page's text, its link density, the share of
 * its text in paragraphs, its place on the page, whether it holds the main heading, how much of the declared
 * article body it holds, and its share of the page's running prose and of its own text that is prose). The
 * candidate with the highest log-odds of being the container that best holds the article is the root. The weights
 * are fitted by the project's training program ({@code TrainBoilerplate}) on pages whose article is known, and
 * shipped as a resource of {@code models-config} ({@value #RESOURCE}), a {@link WeightFile} of version
 * {@value #VERSION}. Stateless.
 */
public final class RootModel {

    /** The feature names, in the order of the vectors. */
    public static final List<String> FEATURES = List.of("bias", "log_points", "share_of_best", "hand_set_best",
            "holds_hand_set_best", "inside_hand_set_best", "content_name", "clutter_name", "inside_layout", "feed",
            "layout_tag", "article_tag", "is_body", "text_share", "log_chars", "link_density", "paragraph_share",
            "holds_h1", "position", "declared_share", "undeclared_share", "prose_share", "prose_density");
    /** The resource of the fitted model. */
    public static final String RESOURCE = "content-root.tsv";
    /** The version of the file format and of the feature set this class reads. */
    public static final int VERSION = 2;
    private static final String WHAT = "content root model";

    private RootModel() {
    }

    /**
     * @return the fitted model of {@code models-config}
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static LinearModel standard() {
        return LinearModel.resource(RESOURCE, FEATURES, VERSION, WHAT);
    }

    /**
     * @param weights one weight per feature of {@link #FEATURES}
     * @return a root model with those weights
     * @throws IllegalArgumentException if the count differs
     */
    public static LinearModel of(double[] weights) {
        return new LinearModel(FEATURES, weights, VERSION, WHAT);
    }

    /**
     * @param in the stream of a {@link WeightFile}; not closed
     * @return the root model it holds
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, names an unknown feature, or the version differs
     */
    public static LinearModel read(InputStream in) throws IOException {
        return LinearModel.read(in, FEATURES, VERSION, WHAT);
    }

    /**
     * @param model a model
     * @return the model, if it reads the features of a root model
     * @throws IllegalArgumentException if it reads other features
     */
    static LinearModel checked(LinearModel model) {
        if (model != null && !model.features().equals(FEATURES)) {
            throw new IllegalArgumentException("not a content root model: " + model);
        }
        return model;
    }
}
