import org.hessianworkbench.exercise.api.HessianSolution;

/** Prints its weights while it computes (with the sign error): the output is reported for the counterexample. */
public class Prints implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
            double s = 1 / (1 + Math.exp(-eta));
            System.out.println("row " + i + ": eta = " + eta + ", w = " + (-s * (1 - s)));
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    h[j][k] -= s * (1 - s) * x[i][j] * x[i][k];
                }
            }
        }
        return h;
    }
}
