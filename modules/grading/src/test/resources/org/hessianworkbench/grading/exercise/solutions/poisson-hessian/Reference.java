import org.hessianworkbench.exercise.api.HessianSolution;

/** The reference solution: X' diag(exp(eta)) X. */
public class Reference implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double w = Math.exp(eta);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    h[j][k] += w * x[i][j] * x[i][k];
                }
            }
        }
        return h;
    }
}
