package org.newspipeline.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.newspipeline.learn.LogisticRegression;
import org.newspipeline.learn.WeightFile;

/**
 * Chooses a plain text's headline among its {@link HeadlineCandidates}: a logistic regression over each line's
 * features gives the probability that the line is the headline, and the likeliest line is the headline. (Asking
 * for a probability above some bar before naming one cost more right headlines than it saved wrong ones when
 * cross-validated: most pages show their headline.) The weights are fitted by the project's training program
 * ({@code TrainTextHeadline}) and shipped as the resource {@value #RESOURCE} of {@code models-config}, a
 * {@link WeightFile} of version {@value #VERSION}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeadlineModel {

    /** The feature names, in the order of the candidates' vectors. */
    public static final List<String> FEATURES = List.of("bias", "reads_as_headline", "nearness", "in_body",
            "first_in_body", "log_words", "few_words", "asks", "credit", "lead_repeats_words", "shown_twice",
            "lower_start", "trail_marks", "capitals", "byline_or_date_next", "short_line_above");
    /** The resource the pipeline loads. */
    public static final String RESOURCE = "text-headline.tsv";
    /** The version of the file format and of the feature set this class reads. */
    public static final int VERSION = 1;

    private final double[] weights;

    /**
     * @param weights one weight per feature of {@link #FEATURES}
     * @throws IllegalArgumentException if the count differs
     */
    public HeadlineModel(double[] weights) {
        this.weights = WeightFile.checked(weights, FEATURES);
    }

    /**
     * The fitted model of {@code models-config}.
     *
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static HeadlineModel standard() {
        return new HeadlineModel(WeightFile.resource(RESOURCE, FEATURES, VERSION, "headline model"));
    }

    /**
     * @param in the stream; not closed
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if the file is malformed (see {@link WeightFile#read})
     */
    public static HeadlineModel read(InputStream in) throws IOException {
        return new HeadlineModel(WeightFile.read(in, FEATURES, VERSION, "headline model"));
    }

    /**
     * @param out     where to write; not closed
     * @param comment comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        WeightFile.write(out, FEATURES, weights, VERSION, comment);
    }

    /**
     * @param x a candidate's features
     * @return the probability that it is the headline
     */
    public double probability(double[] x) {
        return LogisticRegression.probability(weights, x);
    }

    /**
     * @param candidates a text's candidates
     * @return the likeliest; empty when there is none
     */
    public Optional<String> choose(List<HeadlineCandidates.Candidate> candidates) {
        HeadlineCandidates.Candidate best = null;
        double bestP = -1;
        for (HeadlineCandidates.Candidate c : candidates) {
            double p = probability(c.features());
            if (p > bestP) {
                bestP = p;
                best = c;
            }
        }
        return Optional.ofNullable(best).map(HeadlineCandidates.Candidate::line);
    }
}
