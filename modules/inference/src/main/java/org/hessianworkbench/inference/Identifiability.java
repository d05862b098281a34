package org.hessianworkbench.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.HessianDiagnostics;
import org.hessianworkbench.derivatives.Matrices;

/**
 * Whether the parameters are identifiable at an estimate, and why not: the Hessian's eigenvalues,
 * the number of null directions (eigenvalues of the equilibrated Hessian within
 * {@link HessianDiagnostics#NULL_THRESHOLD} of the largest), and known invariance directions of the
 * model (for a product model, the scale directions between groups) with the cosine between each and
 * the span of the Hessian's eigenvectors of smallest eigenvalue, and the curvature along it.
 * Instances are immutable.
 *
 * @param diagnostics    the Hessian's diagnosis
 * @param nullDirections null directions found
 * @param smallest       the smallest eigenvalues, ascending (as many as known directions, at least 1)
 * @param named          the known directions
 */
public record Identifiability(HessianDiagnostics diagnostics, int nullDirections, double[] smallest,
                              List<NamedDirection> named) {

    /**
     * A known invariance direction.
     *
     * @param name      e.g. "scale x1 / x2"
     * @param direction unit vector
     * @param cosine    cosine between the direction and the span of the eigenvectors of the smallest
     *                  eigenvalues (1 when the Hessian's null space is exactly this direction)
     * @param curvature \(v^\top H v\) relative to the largest eigenvalue
     */
    public record NamedDirection(String name, double[] direction, double cosine, double curvature) {
    }

    /** Defensive copies in. */
    public Identifiability {
        smallest = smallest.clone();
        named = List.copyOf(named);
    }

    /** The smallest eigenvalues (a copy). */
    @Override
    public double[] smallest() {
        return smallest.clone();
    }

    /**
     * Analyses {@code h} with the model's known invariance directions.
     *
     * @param h     the Hessian; not modified
     * @param known name to unit direction, in order
     * @return the analysis
     */
    public static Identifiability of(double[][] h, Map<String, double[]> known) {
        HessianDiagnostics d = HessianDiagnostics.of(h);
        int k = Math.max(1, known.size());
        double[] ev = d.eigenvalues();
        double[] smallest = new double[Math.min(k, ev.length)];
        System.arraycopy(ev, 0, smallest, 0, smallest.length);
        double top = Math.max(Math.abs(d.minEigenvalue()), Math.abs(d.maxEigenvalue()));
        List<NamedDirection> named = new ArrayList<>();
        for (Map.Entry<String, double[]> e : known.entrySet()) {
            double[] v = e.getValue();
            double projected = 0;
            for (int i = 0; i < smallest.length; i++) {
                double c = Matrices.dot(v, d.eigenvector(i));
                projected += c * c;
            }
            double curvature = Matrices.dot(v, Matrices.multiply(h, v)) / top;
            named.add(new NamedDirection(e.getKey(), v, Math.sqrt(projected), curvature));
        }
        return new Identifiability(d, d.nullDirectionCount(), smallest, named);
    }
}
