/**
 * Coursework and verification: the workbench checking code and derivatives against automatic
 * differentiation with property-based tests, on demand.
 *
 * <p>{@link org.hessianworkbench.grading.PropertyLauncher} runs chosen jqwik properties through
 * the JUnit Platform launcher inside a command (the only module, with {@code testkit}, where jqwik
 * and the launcher are compile-scope dependencies). Subpackages: {@code exercise} (a student's
 * gradient or Hessian compiled, run in a child JVM and compared with AD, with a shrunk
 * counterexample and a hint) and {@code verify} (the Hessian cross-validation properties of every
 * model, with seed, tries and the Taylor-remainder test).
 */
package org.hessianworkbench.grading;
