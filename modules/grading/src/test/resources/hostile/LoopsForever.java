import org.hessianworkbench.exercise.api.HessianSolution;

/** Never returns: the time limit stops it. */
public class LoopsForever implements HessianSolution {
    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        double s = 0;
        while (x.length >= 0) {
            s += Math.sqrt(s + 1);
        }
        return new double[][] {{s}};
    }
}
