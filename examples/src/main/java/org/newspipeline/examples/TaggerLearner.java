package org.newspipeline.examples;

import java.util.HashMap;
import java.util.Map;
import org.newspipeline.quotes.TaggerModel;

/**
 * Learns the attribution tagger's weights: an averaged structured passive-aggressive learner over feature ids (1-best
 * MIRA; Crammer et al., "Online Passive-Aggressive Algorithms", 2006), with the averaging trick of Daumé. On a
 * paragraph whose best labels are wrong it moves the weights along the difference between the features of the gold
 * and of the predicted labels, just far enough that the gold labels outscore the predicted ones by the number of
 * wrong tokens: a paragraph that was nearly right moves the weights little, one far off much, where a perceptron
 * moves them by the same step whatever the error.
 *
 * <p>One instance per fit; not thread-safe.
 */
final class TaggerLearner {

    private static final int L = TaggerModel.LABELS.size();

    private final float[] w;
    private final float[] u;
    private final float[][] trans = new float[L + 1][L];
    private final float[][] transU = new float[L + 1][L];
    /** The transitions of a frozen scorer; null while learning. */
    private final float[][] frozenTransitions;
    private int step = 1;

    /** @param features how many feature ids there are */
    TaggerLearner(int features) {
        w = new float[features * L];
        u = new float[features * L];
        frozenTransitions = null;
    }

    private TaggerLearner(float[] weights, float[][] transitions) {
        w = weights;
        u = new float[0];
        frozenTransitions = transitions;
    }

    /** @return a scorer with fixed weights and transitions, which does not learn */
    static TaggerLearner frozen(float[] weights, float[][] transitions) {
        return new TaggerLearner(weights, transitions);
    }

    /** @return the weights, one per feature id and label (feature id times the label count, plus the label) */
    float[] weights() {
        return w;
    }

    /** @return the transitions of a frozen scorer */
    float[][] transitions() {
        return frozenTransitions;
    }

    /**
     * @param features per token, its feature ids
     * @return the best labels (any sequence, well-formed or not)
     */
    int[] decode(int[][] features) {
        float[][] emissions = new float[features.length][L];
        for (int t = 0; t < features.length; t++) {
            for (int f : features[t]) {
                int base = f * L;
                if (base + L > w.length) {
                    continue;
                }
                for (int y = 0; y < L; y++) {
                    emissions[t][y] += w[base + y];
                }
            }
        }
        return TaggerModel.viterbi(emissions, transitionsInUse(), false);
    }

    /**
     * @param features per token, its feature ids
     * @param labels   per token, a label
     * @return the score of those labels under the current weights and transitions
     */
    double score(int[][] features, int[] labels) {
        float[][] t = transitionsInUse();
        double s = 0;
        for (int k = 0; k < labels.length; k++) {
            s += t[k == 0 ? L : labels[k - 1]][labels[k]];
            for (int f : features[k]) {
                if (f * L + L <= w.length) {
                    s += w[f * L + labels[k]];
                }
            }
        }
        return s;
    }

    /**
     * One update on a paragraph.
     *
     * @param features per token, its feature ids
     * @param gold     per token, its gold label
     * @return how many of its tokens were wrong
     */
    int learn(int[][] features, int[] gold) {
        int[] y = decode(features);
        int wrong = 0;
        for (int t = 0; t < y.length; t++) {
            wrong += y[t] != gold[t] ? 1 : 0;
        }
        if (wrong > 0) {
            Map<Integer, Integer> delta = new HashMap<>();
            int[][] transDelta = new int[L + 1][L];
            for (int t = 0; t < y.length; t++) {
                int prevGold = t == 0 ? L : gold[t - 1];
                int prevPred = t == 0 ? L : y[t - 1];
                if (y[t] != gold[t]) {
                    for (int f : features[t]) {
                        delta.merge(f * L + gold[t], 1, Integer::sum);
                        delta.merge(f * L + y[t], -1, Integer::sum);
                    }
                }
                if (y[t] != gold[t] || prevGold != prevPred) {
                    transDelta[prevGold][gold[t]]++;
                    transDelta[prevPred][y[t]]--;
                }
            }
            double margin = 0;
            double norm = 0;
            for (Map.Entry<Integer, Integer> d : delta.entrySet()) {
                margin += w[d.getKey()] * d.getValue();
                norm += d.getValue() * (double) d.getValue();
            }
            for (int i = 0; i <= L; i++) {
                for (int j = 0; j < L; j++) {
                    margin += trans[i][j] * transDelta[i][j];
                    norm += transDelta[i][j] * (double) transDelta[i][j];
                }
            }
            float rate = norm == 0 ? 0 : (float) ((wrong - margin) / norm);
            delta.forEach((index, d) -> update(index, rate * d));
            for (int i = 0; i <= L; i++) {
                for (int j = 0; j < L; j++) {
                    trans[i][j] += rate * transDelta[i][j];
                    transU[i][j] += step * rate * transDelta[i][j];
                }
            }
        }
        step++;
        return wrong;
    }

    /** The transitions decoding and scoring read: the frozen ones, or those being learned. */
    private float[][] transitionsInUse() {
        return frozenTransitions != null ? frozenTransitions : trans;
    }

    private void update(int index, float delta) {
        w[index] += delta;
        u[index] += step * delta;
    }

    /** @return the weights averaged over every step so far */
    float[] averaged() {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] - u[i] / step;
        }
        return avg;
    }

    /** @return the transitions averaged over every step so far */
    float[][] averagedTransitions() {
        float[][] avg = new float[L + 1][L];
        for (int i = 0; i <= L; i++) {
            for (int j = 0; j < L; j++) {
                avg[i][j] = trans[i][j] - transU[i][j] / step;
            }
        }
        return avg;
    }
}
