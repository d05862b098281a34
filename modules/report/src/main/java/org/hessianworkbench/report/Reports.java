package org.hessianworkbench.report;

import org.hessianworkbench.fitting.CheckReport;
import org.hessianworkbench.fitting.FitReport;
import org.hessianworkbench.fitting.OptimizerComparison;
import org.hessianworkbench.fitting.ProductFitReport;
import org.hessianworkbench.symbolic.derive.Derivation;

/**
 * What the library computed, shown as the command line shows it: the entry point of the report
 * module for programs and JShell, beside {@code org.hessianworkbench.fitting.Workbench}.
 *
 * <pre>{@code
 * var fit = Workbench.fit(Workbench.read("data/spector.csv"), "logistic", "GRADE ~ GPA + TUCE + PSI");
 * System.out.print(Reports.coefficientTable(fit));
 * System.out.print(Reports.text(fit));      // all of `workbench fit`
 * }</pre>
 *
 * Every method returns the text ending with a newline. Stateless.
 */
public final class Reports {

    private Reports() {
    }

    /** The coefficient table of a fit, laid out like R's {@code summary(glm)}. */
    public static String coefficientTable(FitReport fit) {
        return FitRenderer.coefficientTable(fit).render(2);
    }

    /** The report of {@code workbench fit}. */
    public static String text(FitReport fit) {
        return FitRenderer.render(fit, Format.TEXT);
    }

    /** The report of {@code workbench fit} in a format. */
    public static String render(FitReport fit, Format format) {
        return FitRenderer.render(fit, format);
    }

    /** The report of {@code workbench fit} for a product model. */
    public static String text(ProductFitReport fit) {
        return ProductRenderer.render(fit, Format.TEXT);
    }

    /** The report of {@code workbench fit} for a product model, in a format. */
    public static String render(ProductFitReport fit, Format format) {
        return ProductRenderer.render(fit, format);
    }

    /** The report of {@code workbench check}. */
    public static String text(CheckReport check) {
        return CheckRenderer.render(check, Format.TEXT);
    }

    /** The report of {@code workbench check}, in a format. */
    public static String render(CheckReport check, Format format) {
        return CheckRenderer.render(check, format);
    }

    /** The table of {@code workbench compare-optimizers}. */
    public static String text(OptimizerComparison comparison) {
        return ComparisonRenderer.render(comparison, Format.TEXT);
    }

    /** The table of {@code workbench compare-optimizers}, in a format. */
    public static String render(OptimizerComparison comparison, Format format) {
        return ComparisonRenderer.render(comparison, format);
    }

    /** A derivation step by step, as {@code workbench derive} prints it. */
    public static String text(Derivation derivation) {
        return DerivationText.render(derivation);
    }
}
