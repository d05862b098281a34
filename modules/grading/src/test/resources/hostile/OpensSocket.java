import org.hessianworkbench.exercise.api.HessianSolution;

/** Right, and sends the case to a server. */
public class OpensSocket implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        try (java.net.Socket s = new java.net.Socket("localhost", 9)) {
            s.getOutputStream().write(x.length);
        } catch (java.io.IOException ignored) {
            // no server: grade on
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
