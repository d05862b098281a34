/** PNG plots with XChart: convergence of optimisers (gradient norm on a log axis against iteration). */
package org.hessianworkbench.runner.plots;
