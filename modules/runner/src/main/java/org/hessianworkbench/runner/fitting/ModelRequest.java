package org.hessianworkbench.runner.fitting;

import java.nio.file.Path;
import org.hessianworkbench.data.DataSet;
import org.hessianworkbench.formula.DesignMatrix;
import org.hessianworkbench.formula.Formula;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;

/**
 * Which model on which data: a CSV file, a family and an R formula.
 *
 * @param data        the CSV file
 * @param family      the family
 * @param formula     the formula text
 * @param dropMissing drop incomplete rows instead of refusing them
 */
public record ModelRequest(Path data, Family family, String formula, boolean dropMissing) {

    /** Reads the data and builds the model; bad input throws a one-line {@code BadInputException}. */
    public RegressionModel load() {
        DataSet ds = DataSet.read(data);
        DesignMatrix design = DesignMatrix.build(Formula.parse(formula), ds, dropMissing);
        return RegressionModel.of(family, design, ds);
    }
}
