package org.hessianworkbench.derivatives;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.util.Binary64;

/**
 * An objective whose value is written once, generic over {@link CalculusFieldElement}: evaluated
 * on {@link Binary64} it gives the value, on {@link Gradient} the AD gradient, on
 * {@link DerivativeStructure} (order 2) the AD Hessian. Subclasses add the analytic derivatives.
 *
 * <p>This is the general route: every parameter is an AD variable, so each arithmetic operation
 * costs \(O(p^2)\). Objectives with structure (sums over observations of functions of linear
 * predictors) use {@link LinearPredictorObjective}, which is far cheaper.
 */
public abstract class GenericObjective implements Objective {

    /** The objective's one definition. */
    public abstract <T extends CalculusFieldElement<T>> T value(T[] beta);

    @Override
    public double value(double[] beta) {
        Binary64[] b = new Binary64[beta.length];
        for (int i = 0; i < beta.length; i++) {
            b[i] = new Binary64(beta[i]);
        }
        return value(b).getReal();
    }

    @Override
    public FirstOrder automaticGradient(double[] beta) {
        int p = dimension();
        Gradient[] b = new Gradient[p];
        for (int i = 0; i < p; i++) {
            b[i] = Gradient.variable(p, i, beta[i]);
        }
        Gradient v = value(b);
        return new FirstOrder(v.getValue(), v.getGradient());
    }

    @Override
    public SecondOrder automaticHessian(double[] beta) {
        int p = dimension();
        DSFactory factory = new DSFactory(p, 2);
        DerivativeStructure[] b = new DerivativeStructure[p];
        for (int i = 0; i < p; i++) {
            b[i] = factory.variable(i, beta[i]);
        }
        DerivativeStructure v = value(b);
        DerivativeIndex index = DerivativeIndex.of(factory);
        return index.unpack(v.getAllDerivatives());
    }
}
