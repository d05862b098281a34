/**
 * {@code workbench verify}: the Hessian cross-validation as property-based tests, run on demand
 * through the jqwik engine (JUnit Platform launcher) with a chosen number of tries and seed, each
 * failure shrunk to a minimal counterexample. The properties are the ones the test suite checks:
 * analytic against AD gradient and Hessian, finite differences against AD within their own error
 * estimates, symmetry, positive semi-definiteness of convex losses, and the step-free Taylor test;
 * for the built-in and product models and for any loss written as an expression ({@link
 * org.hessianworkbench.grading.verify.VerifyModel}), whose tries outside the loss's domain are set
 * aside and counted.
 */
package org.hessianworkbench.grading.verify;
