import org.hessianworkbench.exercise.api.HessianSolution;

/** Indexes from 1 as in R: the array is (p + 1) x (p + 1), with an unused row and column 0. */
public class WrongShape implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p + 1][p + 1];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 1; j <= p; j++) {
                eta += x[i][j - 1] * beta[j - 1];
            }
            double s = 1 / (1 + Math.exp(-eta));
            for (int j = 1; j <= p; j++) {
                for (int k = 1; k <= p; k++) {
                    h[j][k] += s * (1 - s) * x[i][j - 1] * x[i][k - 1];
                }
            }
        }
        return h;
    }
}
