import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.exercise.api.HessianSolution;

/** Caches every intermediate array it ever made: it runs out of memory on the first call. */
public class RunsOutOfMemory implements HessianSolution {
    private final List<double[]> cache = new ArrayList<>();

    @Override
    public double[][] hessian(double[][] x, double[] y, double[] beta) {
        while (true) {
            cache.add(new double[10_000_000]);
        }
    }
}
