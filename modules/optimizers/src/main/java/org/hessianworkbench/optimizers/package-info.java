/**
 * Minimisers seen step by step.
 *
 * <p>Each {@link org.hessianworkbench.optimizers.Optimizer} minimises an
 * {@link org.hessianworkbench.derivatives.Objective} from a start point and returns an
 * {@link org.hessianworkbench.optimizers.OptimizationResult} with its full trace (one
 * {@link org.hessianworkbench.optimizers.IterationRecord} per iteration), its evaluation counts
 * and the reason it stopped. Log4j 2 at DEBUG shows each iteration as it happens.
 *
 * <p>This package depends on the derivatives module only.
 */
package org.hessianworkbench.optimizers;
