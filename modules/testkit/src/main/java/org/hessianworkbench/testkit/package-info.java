/**
 * What the workbench checks itself against, in one place: every module uses it in its tests, and
 * the {@code verify} command and the demo at run time.
 * <ul>
 *   <li>{@link org.hessianworkbench.testkit.Designs}: the one generator of random designs, responses
 *       and points (jqwik arbitraries of values, so counterexamples shrink), on plain arrays
 *       ({@link org.hessianworkbench.testkit.RandomProblem});</li>
 *   <li>{@link org.hessianworkbench.testkit.ReferenceSet}: certified and published values (NIST
 *       Longley, Spector &amp; Mazzeo's logit) and the numbers the two examples printed (the
 *       logistic-Hessian notebook, the Newton/BFGS tutorial), one classpath resource each with its
 *       provenance in its header;</li>
 *   <li>{@link org.hessianworkbench.testkit.TestData}: the repository's data sets as real files, read
 *       from the class path;</li>
 *   <li>{@link org.hessianworkbench.testkit.Tolerances}: the tests' tolerances, each named, with the
 *       reason for its value.</li>
 * </ul>
 * The module has no project dependencies (it sees jqwik only), so every module can use it.
 */
package org.hessianworkbench.testkit;
