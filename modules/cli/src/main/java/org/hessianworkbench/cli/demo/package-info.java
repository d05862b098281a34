/**
 * The classroom demo: the stories of the two examples the workbench grew from (the logistic-Hessian
 * notebook and the Newton/BFGS tutorial, {@code docs/examples/}) reproduced on real code, next to the
 * numbers they printed and to published reference results.
 */
package org.hessianworkbench.cli.demo;
