import org.hessianworkbench.exercise.api.HessianSolution;

/** A typical mistake: the Hessian of the log-likelihood, -X' W X, instead of the loss. */
public class SignError implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double w = -1 / (1 + Math.exp(-eta)) * (1 - 1 / (1 + Math.exp(-eta)));
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    h[j][k] += w * x[i][j] * x[i][k];
                }
            }
        }
        return h;
    }
}
