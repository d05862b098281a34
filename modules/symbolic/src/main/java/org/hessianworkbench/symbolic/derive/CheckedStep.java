package org.hessianworkbench.symbolic.derive;

import org.hessianworkbench.symbolic.check.StepCheck;
import org.hessianworkbench.symbolic.steps.Step;

/**
 * A step with its numeric check. Immutable.
 *
 * @param step  the rewrite
 * @param check whether the whole expression kept its value
 */
public record CheckedStep(Step step, StepCheck check) {
}
