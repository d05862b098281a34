/**
 * The {@code workbench} command line (picocli), a thin layer over the library modules: {@code fit},
 * {@code check}, {@code compare-optimizers}, {@code predict}, {@code verify}, {@code derive},
 * {@code exercise} ({@code list}, {@code show}, {@code check}), {@code demo} and {@code help}. The
 * commands parse flags, call {@code fitting}, {@code grading} and {@code symbolic}, and print what
 * {@code report} renders. Exit codes: 0 success; 1 the numbers cannot be trusted (engines disagree,
 * a check failed, a numerical failure); 2 bad input (one line on stderr naming the file, line,
 * column or value); 3 internal error. {@link org.hessianworkbench.cli.CliMessages} is the one place
 * where the libraries' messages are said with flag names.
 */
package org.hessianworkbench.cli;
