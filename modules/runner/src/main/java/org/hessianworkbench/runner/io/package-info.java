/**
 * Output files: every file is written to a temporary file beside its target and then moved over
 * it, so a failure never leaves a half-written file behind.
 */
package org.hessianworkbench.runner.io;
