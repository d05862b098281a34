package org.hessianworkbench.grading.exercise;

import org.hessianworkbench.exercise.api.GradientSolution;
import org.hessianworkbench.exercise.api.HessianSolution;
import org.hessianworkbench.exercise.api.ProductHessianSolution;

/** In-process solutions for the tests that do not need a JVM of their own: right ones and typical mistakes. */
final class Solutions {

    private Solutions() {
    }

    /** \(\sum_i w(\eta_i, y_i)\, x_i\) for a per-row weight. */
    interface RowWeight {
        double at(double eta, double y);
    }

    /** A one-block gradient \(\sum_i d(\eta_i, y_i)\, x_i\). */
    static GradientSolution gradient(RowWeight d) {
        return (x, y, beta) -> {
            double[] g = new double[beta.length];
            for (int i = 0; i < x.length; i++) {
                double eta = dot(x[i], beta, 0);
                for (int j = 0; j < beta.length; j++) {
                    g[j] += d.at(eta, y[i]) * x[i][j];
                }
            }
            return g;
        };
    }

    /** A one-block Hessian \(\sum_i w(\eta_i, y_i)\, x_i x_i^\top\). */
    static HessianSolution hessian(RowWeight w) {
        return (x, y, beta) -> {
            int p = beta.length;
            double[][] h = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                double wi = w.at(dot(x[i], beta, 0), y[i]);
                for (int j = 0; j < p; j++) {
                    for (int k = 0; k < p; k++) {
                        h[j][k] += wi * x[i][j] * x[i][k];
                    }
                }
            }
            return h;
        };
    }

    /** The outer loss's derivatives in \(\hat y\). */
    interface Outer {
        double d1(double yhat, double y);

        double d2(double yhat, double y);
    }

    /** Squared error \(\tfrac12(\hat y - y)^2\). */
    static final Outer MSE = new Outer() {
        @Override
        public double d1(double yhat, double y) {
            return yhat - y;
        }

        @Override
        public double d2(double yhat, double y) {
            return 1;
        }
    };

    /** Cross-entropy inside the clip. */
    static final Outer CE = new Outer() {
        @Override
        public double d1(double yhat, double y) {
            return -y / yhat + (1 - y) / (1 - yhat);
        }

        @Override
        public double d2(double yhat, double y) {
            return y / (yhat * yhat) + (1 - y) / ((1 - yhat) * (1 - yhat));
        }
    };

    /** The two-group product Hessian, with or without the residual term. */
    static ProductHessianSolution product(Outer l, boolean residual) {
        return (x1, x2, y, beta) -> {
            int p1 = x1[0].length;
            int p2 = x2[0].length;
            double[][] h = new double[p1 + p2][p1 + p2];
            for (int i = 0; i < y.length; i++) {
                double f1 = dot(x1[i], beta, 0);
                double f2 = dot(x2[i], beta, p1);
                double d1 = l.d1(f1 * f2, y[i]);
                double d2 = l.d2(f1 * f2, y[i]);
                for (int a = 0; a < p1 + p2; a++) {
                    for (int b = 0; b < p1 + p2; b++) {
                        double xa = a < p1 ? x1[i][a] * f2 : x2[i][a - p1] * f1;
                        double xb = b < p1 ? x1[i][b] * f2 : x2[i][b - p1] * f1;
                        double r = residual && (a < p1) != (b < p1)
                                ? d1 * (a < p1 ? x1[i][a] * x2[i][b - p1] : x2[i][a - p1] * x1[i][b]) : 0;
                        h[a][b] += d2 * xa * xb + r;
                    }
                }
            }
            return h;
        };
    }

    /** The exercises with a hand-written solution here. */
    static final java.util.List<Exercise> HAND_WRITTEN = java.util.stream.Stream.of("logistic-gradient",
            "logistic-hessian", "poisson-hessian", "linear-product-hessian", "linear-product-ce-hessian")
            .map(Exercise::byName).toList();

    /** The right solution of each exercise. */
    static Object reference(Exercise e) {
        return switch (e.cliName()) {
            case "logistic-gradient" -> gradient((eta, y) -> sigmoid(eta) - y);
            case "logistic-hessian" -> hessian((eta, y) -> sigmoid(eta) * (1 - sigmoid(eta)));
            case "poisson-hessian" -> hessian((eta, y) -> Math.exp(eta));
            case "linear-product-hessian" -> product(MSE, true);
            case "linear-product-ce-hessian" -> product(CE, true);
            default -> throw new IllegalArgumentException("no hand-written solution of " + e.cliName());
        };
    }

    static double sigmoid(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    private static double dot(double[] x, double[] beta, int off) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * beta[off + j];
        }
        return s;
    }
}
