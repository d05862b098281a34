/**
 * The record of a derivation: each {@link org.hessianworkbench.symbolic.steps.Step} names its rule,
 * the sub-expression it applies to and the whole expression before and after, so it can be shown to
 * a student and checked numerically. A {@link org.hessianworkbench.symbolic.steps.Trace} collects
 * them in order.
 */
package org.hessianworkbench.symbolic.steps;
