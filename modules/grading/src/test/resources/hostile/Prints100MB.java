import org.hessianworkbench.exercise.api.HessianSolution;

/** Right, and prints 100 MB on its first call (captured and capped, never written anywhere). */
public class Prints100MB implements HessianSolution {
    private static boolean printed;

    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        if (!printed) {
            printed = true;
            String megabyte = "x".repeat(1 << 20);
            for (int i = 0; i < 100; i++) {
                System.out.print(megabyte);
            }
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
