package org.newspipeline.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.learn.WeightFile;

/**
 * Picks the likeliest of a plain text's candidates for one metadata field (its headline among
 * {@link HeadlineCandidates}, its publication date among {@link DateCandidates}, its authors among
 * {@link AuthorCandidates}): a logistic regression over each candidate's features gives the probability that it is
 * the field's value. The weights are fitted by the project's training program ({@code TrainTextMetadata}) and
 * shipped as resources of {@code models-config}, {@link WeightFile}s of version {@value #VERSION}:
 * {@value #HEADLINE_RESOURCE}, {@value #DATE_RESOURCE} and {@value #AUTHOR_RESOURCE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CandidateModel {

    /** The resource of the headline model. */
    public static final String HEADLINE_RESOURCE = "text-headline.tsv";
    /** The resource of the date model. */
    public static final String DATE_RESOURCE = "text-date.tsv";
    /** The resource of the author model. */
    public static final String AUTHOR_RESOURCE = "text-author.tsv";
    /** The version of the file format and of the feature sets this class reads. */
    public static final int VERSION = 1;

    private final LinearModel model;

    /**
     * @param features the feature names, in the order of the candidates' vectors
     * @param weights  one weight per feature
     * @throws IllegalArgumentException if the counts differ
     */
    public CandidateModel(List<String> features, double[] weights) {
        this(new LinearModel(features, weights, VERSION, "candidate model"));
    }

    private CandidateModel(LinearModel model) {
        this.model = model;
    }

    /**
     * @return the fitted headline model of {@code models-config}
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static CandidateModel headline() {
        return new CandidateModel(LinearModel.resource(HEADLINE_RESOURCE, HeadlineCandidates.FEATURES, VERSION,
                "headline model"));
    }

    /**
     * @return the fitted date model of {@code models-config}
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static CandidateModel date() {
        return new CandidateModel(LinearModel.resource(DATE_RESOURCE, DateCandidates.FEATURES, VERSION,
                "date model"));
    }

    /**
     * @return the fitted author model of {@code models-config}
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static CandidateModel author() {
        return new CandidateModel(LinearModel.resource(AUTHOR_RESOURCE, AuthorCandidates.FEATURES, VERSION,
                "author model"));
    }

    /**
     * @param in       the stream; not closed
     * @param features the feature names the model reads
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if the file is malformed (see {@link WeightFile#read})
     */
    public static CandidateModel read(InputStream in, List<String> features) throws IOException {
        return new CandidateModel(LinearModel.read(in, features, VERSION, "candidate model"));
    }

    /**
     * @param out     where to write; not closed
     * @param comment comment lines: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, List<String> comment) throws IOException {
        model.write(out, comment);
    }

    /**
     * @param threshold a probability between 0 and 1, exclusive
     * @return this model with its bias shifted so that a probability of one half means {@code threshold} here
     */
    public CandidateModel shiftedTo(double threshold) {
        double[] w = model.weights();
        w[0] -= Math.log(threshold / (1 - threshold));
        return new CandidateModel(model.features(), w);
    }

    /**
     * @param x a candidate's features
     * @return the probability that it is the field's value
     */
    public double probability(double[] x) {
        return model.probability(x);
    }

    /**
     * @param candidates    the candidates' features
     * @param minProbability the probability the best must exceed; 0 takes the likeliest whatever it is
     * @return the index of the likeliest candidate above the bar, or -1
     */
    public int best(List<double[]> candidates, double minProbability) {
        int best = -1;
        double bestP = minProbability;
        for (int i = 0; i < candidates.size(); i++) {
            double p = probability(candidates.get(i));
            if (p > bestP) {
                bestP = p;
                best = i;
            }
        }
        return best;
    }
}
