package org.newspipeline.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newspipeline.html.PageCandidates;
import org.newspipeline.html.RootCandidate;
import org.newspipeline.html.RootModel;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.learn.LogisticRegression;

/**
 * Labels the candidate containers of pages whose article is known and fits the {@link RootModel} on them.
 *
 * <p>A candidate's quality is how well its text alone would serve as the article: on a page with a true body, the F1
 * of its 4-token shingles against the body's (shingles counted within each block); on a page with snippets, the F1
 * of the {@code with} snippets it holds against those it misses and the {@code without} snippets it holds. The
 * candidates within {@link #NEAR_BEST} of the page's best are its targets. The model is fitted as a conditional logit
 * ({@link #fit}): per page a softmax over its candidates, whose target is spread evenly over the page's targets; each
 * page weighs one, so that pages with many containers count as much as pages with few. A page whose best candidate
 * has no quality teaches nothing.
 */
final class ContentRootFit {

    /** Candidates whose quality is this close to the page's best are as good as the best. */
    static final double NEAR_BEST = 0.02;
    private static final double L2 = 1.0;
    private static final int ITERATIONS = 100;
    /** The largest change of any weight in one Newton step. */
    private static final double MAX_STEP = 1;

    private ContentRootFit() {
    }

    /** A page's candidates with their qualities. */
    record Labelled(PageCandidates page, double[] quality) {

        /** @return the index of the best candidate (the first of ties), or -1 if there is none */
        int best() {
            int best = -1;
            for (int i = 0; i < quality.length; i++) {
                if (best < 0 || quality[i] > quality[best]) {
                    best = i;
                }
            }
            return best;
        }

        /** @return the index of the candidate the model ranks first, or -1 if there is none */
        int chosen(LinearModel model) {
            int chosen = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < quality.length; i++) {
                double logit = model.logit(page.candidates().get(i).features());
                if (logit > top) {
                    top = logit;
                    chosen = i;
                }
            }
            return chosen;
        }

        /** @return the index of the candidate the hand-set score ranks first, or -1 if there is none */
        int handSet() {
            int k = RootModel.FEATURES.indexOf("hand_set_best");
            for (int i = 0; i < quality.length; i++) {
                if (page.candidates().get(i).features()[k] == 1) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Qualities on a page with a true body: per-block shingle counts, summed over each candidate's blocks. */
    static Labelled byBody(PageCandidates page, String truth) {
        Set<String> truthShingles = new HashSet<>(TrainBoilerplate.shingles(TrainBoilerplate.tokens(truth)));
        int n = page.blocks().size();
        long[] in = new long[n + 1];
        long[] all = new long[n + 1];
        for (int i = 0; i < n; i++) {
            List<String> own = TrainBoilerplate.shingles(TrainBoilerplate.tokens(page.blocks().get(i)));
            all[i + 1] = all[i] + own.size();
            in[i + 1] = in[i] + own.stream().filter(truthShingles::contains).count();
        }
        double truthCount = Math.max(1, truthShingles.size());
        double[] quality = new double[page.candidates().size()];
        for (int c = 0; c < quality.length; c++) {
            RootCandidate cand = page.candidates().get(c);
            double tp = in[cand.endBlock()] - in[cand.firstBlock()];
            double size = all[cand.endBlock()] - all[cand.firstBlock()];
            double p = size == 0 ? 0 : tp / size;
            double r = Math.min(1, tp / truthCount);
            quality[c] = p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return new Labelled(page, quality);
    }

    /** Qualities on a page with snippets: each snippet is placed on the run of blocks that holds it. */
    static Labelled bySnippets(PageCandidates page, List<String> with, List<String> without) {
        StringBuilder joined = new StringBuilder();
        int n = page.blocks().size();
        int[] startOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                joined.append(' ');
            }
            startOf[i] = joined.length();
            joined.append(TrainBoilerplate.norm(page.blocks().get(i)));
        }
        String text = joined.toString();
        List<int[]> in = placed(text, startOf, with);
        List<int[]> out = placed(text, startOf, without);
        int missing = with.size() - in.size();
        double[] quality = new double[page.candidates().size()];
        for (int c = 0; c < quality.length; c++) {
            RootCandidate cand = page.candidates().get(c);
            int tp = held(in, cand);
            int fp = held(out, cand);
            int fn = in.size() - tp + missing;
            quality[c] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return new Labelled(page, quality);
    }

    private static List<int[]> placed(String text, int[] startOf, List<String> snippets) {
        List<int[]> out = new ArrayList<>();
        for (String s : snippets) {
            String needle = TrainBoilerplate.norm(s);
            int at = needle.isEmpty() ? -1 : text.indexOf(needle);
            if (at >= 0) {
                out.add(new int[] {blockAt(startOf, at), blockAt(startOf, at + needle.length() - 1)});
            }
        }
        return out;
    }

    private static int blockAt(int[] startOf, int offset) {
        int lo = 0;
        int hi = startOf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (startOf[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int held(List<int[]> snippets, RootCandidate cand) {
        int n = 0;
        for (int[] s : snippets) {
            if (s[0] >= cand.firstBlock() && s[1] < cand.endBlock()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Fits the model on the labelled pages as a conditional logit: per page, a softmax over its candidates whose
     * target spreads evenly over the positives; damped Newton steps with an L2 penalty, which also holds the bias (a
     * softmax cannot see it) at zero. Each page weighs one.
     */
    static LinearModel fit(List<Labelled> pages) {
        int d = RootModel.FEATURES.size();
        double[] w = new double[d];
        List<Labelled> useful = pages.stream().filter(p -> p.best() >= 0 && p.quality()[p.best()] > 0).toList();
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (Labelled page : useful) {
                List<RootCandidate> cands = page.page().candidates();
                int n = cands.size();
                double[][] x = new double[n][];
                double[] z = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    x[c] = cands.get(c).features();
                    for (int k = 0; k < d; k++) {
                        z[c] += w[k] * x[c][k];
                    }
                    max = Math.max(max, z[c]);
                }
                double sum = 0;
                for (int c = 0; c < n; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                double bar = page.quality()[page.best()] - NEAR_BEST;
                int positives = 0;
                for (double q : page.quality()) {
                    positives += q >= bar ? 1 : 0;
                }
                double[] mean = new double[d];
                for (int c = 0; c < n; c++) {
                    double p = z[c] / sum;
                    double y = page.quality()[c] >= bar ? 1.0 / positives : 0;
                    for (int k = 0; k < d; k++) {
                        grad[k] += (p - y) * x[c][k];
                        mean[k] += p * x[c][k];
                    }
                    for (int a = 0; a < d; a++) {
                        if (x[c][a] == 0) {
                            continue;
                        }
                        for (int b = 0; b < d; b++) {
                            hess[a][b] += p * x[c][a] * x[c][b];
                        }
                    }
                }
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        hess[a][b] -= mean[a] * mean[b];
                    }
                }
            }
            for (int k = 0; k < d; k++) {
                double penalty = k == 0 ? 1 : L2;
                grad[k] += penalty * w[k];
                hess[k][k] += penalty;
            }
            double[] step = LogisticRegression.solve(hess, grad);
            double longest = 0;
            for (double v : step) {
                longest = Math.max(longest, Math.abs(v));
            }
            // damped: a softmax over separable candidates can ask for steps far beyond where the quadratic holds
            double scale = longest > MAX_STEP ? MAX_STEP / longest : 1;
            double change = 0;
            for (int k = 0; k < d; k++) {
                step[k] *= scale;
                w[k] -= step[k];
                change = Math.max(change, Math.abs(step[k]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return RootModel.of(w);
    }
}
