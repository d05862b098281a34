import org.hessianworkbench.exercise.api.ProductHessianSolution;

/** A typical mistake: the upper cross block H12 filled with the indices of H21 (x2[i][a] * x1[i][b]). */
public class TransposedBlock implements ProductHessianSolution {
    @Override
    public double[][] hessian(double[][] x1, double[][] x2, double[] y, double[] beta) {
        int p1 = x1[0].length;
        int p2 = x2[0].length;
        double[][] h = new double[p1 + p2][p1 + p2];
        for (int i = 0; i < y.length; i++) {
            double f1 = 0;
            double f2 = 0;
            for (int a = 0; a < p1; a++) {
                f1 += x1[i][a] * beta[a];
            }
            for (int b = 0; b < p2; b++) {
                f2 += x2[i][b] * beta[p1 + b];
            }
            double yhat = f1 * f2;
            double d1 = -y[i] / yhat + (1 - y[i]) / (1 - yhat);
            double d2 = y[i] / (yhat * yhat) + (1 - y[i]) / ((1 - yhat) * (1 - yhat));
            for (int a = 0; a < p1; a++) {
                for (int c = 0; c < p1; c++) {
                    h[a][c] += d2 * f2 * f2 * x1[i][a] * x1[i][c];
                }
            }
            for (int b = 0; b < p2; b++) {
                for (int d = 0; d < p2; d++) {
                    h[p1 + b][p1 + d] += d2 * f1 * f1 * x2[i][b] * x2[i][d];
                }
            }
            for (int a = 0; a < p1; a++) {
                for (int b = 0; b < p2; b++) {
                    h[a][p1 + b] += (d2 * f1 * f2 + d1) * x2[i][a] * x1[i][b];
                    h[p1 + b][a] += (d2 * f1 * f2 + d1) * x1[i][a] * x2[i][b];
                }
            }
        }
        return h;
    }
}
