import org.hessianworkbench.exercise.api.GradientSolution;

/** The reference solution: X'(sigma - y). */
public class Reference implements GradientSolution {
    @Override
    public double[] gradient(double[][] x, double[] y, double[] beta) {
        double[] g = new double[beta.length];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += x[i][j] * beta[j];
            }
            double sigma = 1 / (1 + Math.exp(-eta));
            for (int j = 0; j < beta.length; j++) {
                g[j] += (sigma - y[i]) * x[i][j];
            }
        }
        return g;
    }
}
