import org.hessianworkbench.exercise.api.HessianSolution;

/** Right, and leaves a file in the home directory (the submission, graded PASS before the sandbox). */
public class WritesToHome implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("user.home"), "graded-by-me.txt"), "PASS");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
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
