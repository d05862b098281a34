/**
 * The workbench's one exception family: {@link org.hessianworkbench.derivatives.error.WorkbenchException}
 * with a {@link org.hessianworkbench.derivatives.error.Message} key and three kinds (bad input,
 * numerical failure, internal). Each module keeps its messages in an enum of its own; the rule for
 * when {@link java.lang.IllegalArgumentException} is still right is on
 * {@link org.hessianworkbench.derivatives.error.WorkbenchException}.
 */
package org.hessianworkbench.derivatives.error;
