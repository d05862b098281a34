/**
 * The classroom demo: the seeds' stories reproduced on real code, next to the numbers the seeds
 * printed and to published reference results.
 */
package org.hessianworkbench.cli.demo;
