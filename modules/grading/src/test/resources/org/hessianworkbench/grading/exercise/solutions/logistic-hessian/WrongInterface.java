import org.hessianworkbench.exercise.api.GradientSolution;

/** Implements the gradient interface where the exercise asks for a Hessian. */
public class WrongInterface implements GradientSolution {
    @Override
    public double[] gradient(double[][] x, double[] y, double[] beta) {
        return new double[beta.length];
    }
}
