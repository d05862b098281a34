import org.hessianworkbench.exercise.api.HessianSolution;

/** Right on designs of one or two rows, gives up with System.exit on larger ones. */
public class CallsSystemExit implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        if (x.length > 2) {
            System.out.println("too many rows, giving up");
            System.exit(3);
        }
        int p = beta.length;
        double[][] h = new double[p][p];
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
