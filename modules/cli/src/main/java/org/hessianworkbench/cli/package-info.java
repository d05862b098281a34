/**
 * The {@code workbench} command line (picocli): {@code fit}, {@code check}, {@code demo}. Bad input
 * is one line on stderr and exit code 2; {@code check} exits 1 when the engines disagree.
 */
package org.hessianworkbench.cli;
