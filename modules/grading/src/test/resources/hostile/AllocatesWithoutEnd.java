import org.hessianworkbench.exercise.api.HessianSolution;

/** Keeps every array it ever made: runs out of the 256 MB heap. */
public class AllocatesWithoutEnd implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        java.util.List<double[]> kept = new java.util.ArrayList<>();
        while (kept.size() >= 0) {
            kept.add(new double[1 << 20]);
        }
        int p = beta.length;
        double[][] h = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double w = 1 / (1 + Math.exp(-eta)) * (1 - 1 / (1 + Math.exp(-eta)));
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    h[j][k] += w * x[i][j] * x[i][k];
                }
            }
        }
        return h;
    }
}
