package org.hessianworkbench.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.RankTolerance;
import org.hessianworkbench.derivatives.diagnosis.Diagnosis;
import org.hessianworkbench.derivatives.diagnosis.DiagnosisCode;
import org.hessianworkbench.derivatives.diagnosis.Remedy;
import org.hessianworkbench.inference.Coefficient;

/**
 * Aliased columns, as R's {@code lm} and {@code glm} treat them: a column that is a linear
 * combination of the columns before it (to {@link RankTolerance#RELATIVE}) gets no estimate, the
 * reduced model without it is fitted, and the report lists it as aliased with the {@code aliased}
 * diagnosis (remedy: drop it from the formula).
 */
final class Aliasing {

    private Aliasing() {
    }

    /** The entries of {@code full} at the indices {@code kept}. */
    static double[] keep(double[] full, int[] kept) {
        double[] out = new double[kept.length];
        for (int k = 0; k < kept.length; k++) {
            out[k] = full[kept[k]];
        }
        return out;
    }

    /** The {@code aliased} diagnosis naming the aliased coefficients. */
    static List<Diagnosis> diagnoses(List<String> names, boolean[] aliased) {
        List<String> which = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (aliased[j]) {
                which.add(names.get(j));
            }
        }
        String list = String.join(", ", which);
        String tol = String.format(Locale.ROOT, "%.0e", RankTolerance.RELATIVE);
        String message = which.size() == 1
                ? list + " is aliased: its column is a linear combination of the columns before it (to a relative "
                        + tol + "), so its coefficient cannot be estimated from these data; it is left out of the fit "
                        + "(NA, as R's lm and glm), and every statistic is that of the fit without it"
                : list + " are aliased: their columns are linear combinations of the columns before them (to a "
                        + "relative " + tol + "), so their coefficients cannot be estimated from these data; they are "
                        + "left out of the fit (NA, as R's lm and glm), and every statistic is that of the fit "
                        + "without them";
        return List.of(Diagnosis.warning(DiagnosisCode.ALIASED, message, which, Remedy.DROP_ALIASED));
    }

    /** The report of the reduced fit, shown with the full design's coefficients (aliased ones as such). */
    static FitReport expand(FitReport reduced, List<String> names, boolean[] aliased) {
        int p = names.size();
        double[] estimate = new double[p];
        List<Coefficient> rows = new ArrayList<>();
        double[] b = reduced.estimate();
        int k = 0;
        for (int j = 0; j < p; j++) {
            if (aliased[j]) {
                rows.add(Coefficient.aliased(names.get(j)));
            } else {
                estimate[j] = b[k];
                rows.add(reduced.coefficients().get(k));
                k++;
            }
        }
        return new FitReport(reduced.model(), reduced.formula(), reduced.source(), reduced.n(), reduced.droppedRows(),
                names, estimate, reduced.optimizer(), reduced.optimization(), reduced.hessian(), reduced.covariance(),
                rows, reduced.statistic(), reduced.df(), reduced.level(), reduced.critical(), reduced.stats(),
                reduced.seconds(), reduced.diagnoses(), reduced.dispersion(), reduced.firth(), reduced.family(),
                reduced.loss(), reduced.derived(), reduced.se(), reduced.tests(), reduced.profile(), reduced.information());
    }
}
