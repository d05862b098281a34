package org.hessianworkbench.models;

import java.util.List;
import org.hessianworkbench.derivatives.LinearPredictorObjective;

/** A model on data, as the optimisers and the Hessian check see it. */
public interface Model {

    /** What kind of model this is. */
    ModelKind kind();

    /** The data's source, as given (the file name). */
    String source();

    /** What was fitted: the formula as given, or the response and feature groups. */
    String description();

    /** The loss to minimise. */
    LinearPredictorObjective objective();

    /** Parameter names. */
    default List<String> parameterNames() {
        return objective().parameterNames();
    }

    /** Observations. */
    int n();

    /** Parameters. */
    int p();

    /** Where the optimisers start by default. */
    double[] defaultStart();
}
