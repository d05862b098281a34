/**
 * Diagnoses: what a result says about itself before its numbers are trusted (separation, an estimate
 * that does not exist, no convergence, aliased columns, overdispersion, a cautionary engine), as codes
 * with a severity, a message in the library's words, the coefficients concerned and remedies as
 * codes. Every result of the workbench carries a list of them; the {@code report} module prints them
 * above its tables ({@code Note:} / {@code WARNING:}) and as {@code "diagnoses"} in JSON, and the
 * command line exits with status 1 when one {@linkplain
 * org.hessianworkbench.derivatives.diagnosis.DiagnosisCode#failsVerdict() fails the verdict}.
 */
package org.hessianworkbench.derivatives.diagnosis;
