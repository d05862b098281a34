import org.hessianworkbench.exercise.api.HessianSolution;

/** Does not compile: eta is used outside the loop that declares it. */
public class CompileError implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        int p = beta.length;
        double[][] h = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x[i][j] * beta[j];
            }
        }
        double w = 1 / (1 + Math.exp(-eta));
        return h;
    }
}
