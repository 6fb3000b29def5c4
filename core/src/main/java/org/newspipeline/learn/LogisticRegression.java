package org.newspipeline.learn;

/**
 * Fits a weighted logistic regression with an L2 penalty (the first weight, the bias, is not penalised) by
 * Newton's method: a handful of passes over the data, each solving a small linear system. For the few dozen
 * features of the project's linear models (boilerplate lines, text headlines). Stateless.
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /**
     * @param x          one row of features per example; column 0 is the bias (1)
     * @param y          each example's label, 0 or 1
     * @param weight     each example's weight (0 leaves it out)
     * @param l2         the penalty on the squared weights (not the bias)
     * @param iterations the most Newton steps
     * @return the weights, one per column
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] fit(double[][] x, double[] y, double[] weight, double l2, int iterations) {
        if (x.length != y.length || x.length != weight.length) {
            throw new IllegalArgumentException("x, y and weight differ in length");
        }
        int d = x.length == 0 ? 0 : x[0].length;
        double[] w = new double[d];
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                if (weight[i] == 0) {
                    continue;
                }
                double[] xi = x[i];
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[k] * xi[k];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = weight[i] * (p - y[i]);
                double h = weight[i] * Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    if (xi[a] == 0) {
                        continue;
                    }
                    grad[a] += g * xi[a];
                    double hx = h * xi[a];
                    for (int b = a; b < d; b++) {
                        hess[a][b] += hx * xi[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[a][b] = hess[b][a];
                }
                double penalty = a == 0 ? 1e-6 : l2;
                grad[a] += penalty * w[a];
                hess[a][a] += penalty;
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int k = 0; k < d; k++) {
                w[k] -= step[k];
                change = Math.max(change, Math.abs(step[k]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return w;
    }

    /**
     * @param w weights
     * @param x a row of features
     * @return the probability of label 1
     */
    public static double probability(double[] w, double[] x) {
        double z = 0;
        for (int k = 0; k < w.length; k++) {
            z += w[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Solves {@code a * s = b} by Gaussian elimination with partial pivoting: the Newton step of a fit. A pivot of
     * (nearly) zero leaves its unknown at zero.
     *
     * @param a the square matrix; changed by the call
     * @param b the right-hand side; not changed
     * @return {@code s}
     */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] r = b.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tr = r[col];
            r[col] = r[pivot];
            r[pivot] = tr;
            double diag = a[col][col];
            if (Math.abs(diag) < 1e-12) {
                continue;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / diag;
                if (factor == 0) {
                    continue;
                }
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                r[row] -= factor * r[col];
            }
        }
        double[] s = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = r[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * s[k];
            }
            s[row] = Math.abs(a[row][row]) < 1e-12 ? 0 : sum / a[row][row];
        }
        return s;
    }
}
