import org.hessianworkbench.exercise.api.GradientSolution;

/** A typical mistake: the chain rule's factor x_ij forgotten. */
public class MissingFactor implements GradientSolution {
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
                g[j] += (sigma - y[i]);
            }
        }
        return g;
    }
}
