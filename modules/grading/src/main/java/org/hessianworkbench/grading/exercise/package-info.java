/**
 * {@code workbench exercise}: coursework exercises where the student writes a derivative and the
 * workbench checks it.
 *
 * <p>The catalogue ({@link org.hessianworkbench.grading.exercise.Exercise}) names each exercise, the
 * interface of the exercise API a solution implements, and the loss whose automatic derivatives
 * (Hipparchus {@code DerivativeStructure} through
 * {@link org.hessianworkbench.derivatives.LinearPredictorObjective}) are the reference. A check
 * ({@link org.hessianworkbench.grading.exercise.ExerciseChecker}) compiles the student's single
 * {@code .java} file with the JDK's compiler API, then runs it in a separate JVM
 * ({@link org.hessianworkbench.grading.exercise.ExerciseHarness}) under a time limit, where a jqwik
 * property, launched through the JUnit Platform launcher, compares it with the reference on small
 * random cases and shrinks the first failure to a minimal counterexample. The verdict names what
 * happened (pass, wrong, compile-error, not-a-solution, exception, wrong-shape, not-finite, timeout,
 * exited) and, for a wrong answer, the differing entries and a hint when the answer matches a
 * common mistake (a flipped sign, a factor 2, the product model's missing residual term, a
 * transposed cross block). Nothing a solution does can crash or hang the workbench.
 */
package org.hessianworkbench.grading.exercise;
