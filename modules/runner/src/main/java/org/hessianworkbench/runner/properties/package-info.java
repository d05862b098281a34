/**
 * Running jqwik properties as part of a command (not a test run): the JUnit Platform launcher with
 * the jqwik engine only, reports through the platform, a private failure database, and a fresh
 * random seed after a failure (the caller sets seeds and tries in a lifecycle hook).
 */
package org.hessianworkbench.runner.properties;
