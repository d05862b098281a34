import org.hessianworkbench.exercise.api.HessianSolution;

/** Loops forever when a coefficient is negative (it "searches" for a step that never comes). */
public class EndlessLoop implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p][p];
        double step = 1;
        for (double b : beta) {
            while (b < 0 && step > 0) {
                step = step * 0.5 + 1e-300;
            }
        }
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double s = 1 / (1 + Math.exp(-eta));
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    h[j][k] += s * (1 - s) * x[i][j] * x[i][k];
                }
            }
        }
        return h;
    }
}
