import org.hessianworkbench.exercise.api.HessianSolution;

/** Divides by the number of positive responses: NaN (0/0) when there is none. */
public class ReturnsNaN implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p][p];
        double positives = 0;
        for (double v : y) {
            positives += v;
        }
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double s = 1 / (1 + Math.exp(-eta));
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    h[j][k] += s * (1 - s) * x[i][j] * x[i][k] * positives / positives;
                }
            }
        }
        return h;
    }
}
