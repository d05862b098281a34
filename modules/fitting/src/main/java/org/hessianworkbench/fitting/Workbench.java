package org.hessianworkbench.fitting;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.HessianComparison;
import org.hessianworkbench.derivatives.HessianEstimate;
import org.hessianworkbench.derivatives.HessianMethod;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.models.Model;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.expression.PredictorsModel;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.file.ModelFile;
import org.hessianworkbench.models.file.SavedModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductModel;
import org.hessianworkbench.optimizers.MethodSettings;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;

/**
 * The workbench as a library: one entry point for what the command line does, for a student in
 * JShell or a program of their own. Read a CSV file, build a model from an R formula, fit it (the
 * estimate, the Hessian, standard errors, tests and intervals), compute the Hessian at any point
 * with any engine and compare two of them, cross-check every engine at once, run several
 * optimisers, derive a loss symbolically. Results are immutable records; the {@code report}
 * module's {@code Reports} prints them as the command line does.
 *
 * <pre>{@code
 * var data = Workbench.read("data/spector.csv");
 * var model = Workbench.model(data, "logistic", "GRADE ~ GPA + TUCE + PSI");
 * var fit = Workbench.fit(model);
 * var ad = Workbench.hessian(model, fit.estimate(), "ad");
 * var fd = Workbench.hessian(model, fit.estimate(), "fd-central");
 * Workbench.compare(fd, ad).agree();     // true: within fd-central's tolerance of AD
 * }</pre>
 *
 * Bad input (a missing file, an unknown column or model, a malformed formula) throws a
 * {@code BadInputException} whose one-line message says what and where. Stateless.
 */
public final class Workbench {

    private Workbench() {
    }

    /** Reads a CSV file (comma, semicolon, tab or whitespace separated; {@code .gz} accepted). */
    public static DataSet read(String file) {
        return read(Path.of(file));
    }

    /** Reads a CSV file (comma, semicolon, tab or whitespace separated; {@code .gz} accepted). */
    public static DataSet read(Path file) {
        return DataSet.read(file);
    }

    /**
     * A formula model on data.
     *
     * @param data    the data set
     * @param model   {@code logistic}, {@code poisson} or {@code linear}
     * @param formula an R formula, e.g. {@code "GRADE ~ GPA + TUCE + PSI"}
     * @return the model, ready to fit or to differentiate at any point
     */
    public static RegressionModel model(DataSet data, String model, String formula) {
        return model(data, ModelKind.fromCliName(model), formula);
    }

    /** A formula model on data (see {@link #model(DataSet, String, String)}). */
    public static RegressionModel model(DataSet data, ModelKind kind, String formula) {
        return model(data, kind, formula, LossSpec.NONE);
    }

    /**
     * A formula model on data, with the link and parameters of a named model ({@code probit},
     * {@code negative-binomial}, ...) or the loss of a custom one. R's {@code offset()} and
     * {@code cbind(s, f)} in the formula are taken.
     *
     * @param data    the data set
     * @param kind    the model
     * @param formula an R formula
     * @param loss    e.g. {@code new LossSpec(null, null, Map.of("k", 1.5), null)} for the negative
     *                binomial with k = 1.5; {@link LossSpec#NONE} for a built-in model
     * @return the model
     */
    public static RegressionModel model(DataSet data, ModelKind kind, String formula, LossSpec loss) {
        if (kind.isProduct()) {
            throw new IllegalArgumentException(kind + " is a product model: use productModel(...)");
        }
        DesignMatrix design = DesignMatrix.build(Formula.parse(formula), data, false);
        return RegressionModel.of(loss.family(kind), design, data, ModelRequest.observations(design));
    }

    /**
     * A model whose loss is written by the user, e.g.
     * {@code customModel(data, "-(y*log(Phi(eta)) + (1 - y)*log(1 - Phi(eta)))", "GRADE ~ GPA + TUCE + PSI")}:
     * the loss of one observation in the linear predictor {@code eta} and the response {@code y}.
     */
    public static RegressionModel customModel(DataSet data, String loss, String formula) {
        return model(data, ModelKind.CUSTOM, formula, new LossSpec(loss, null, Map.of(), null));
    }

    /**
     * A model of several linear predictors: the loss of one observation written in the predictors'
     * names, e.g. the heteroscedastic Gaussian
     * {@code predictorsModel(data, "0.5*((y - mu)/exp(ls))^2 + ls", "y", Map.of("mu", "~ x1 + x2", "ls", "~ x1"))}
     * (pass a {@link LinkedHashMap} to fix the predictors' order; a {@code Map.of} orders them by name).
     * The parameters are named {@code NAME:term}: {@code mu:(Intercept)}, {@code mu:x1}, {@code ls:x1}.
     *
     * @param data       the data set
     * @param loss       the loss of one observation in the predictors' names and {@code y}
     * @param response   the response column
     * @param predictors name to right-hand side, e.g. {@code mu -> "~ x1 + x2"}
     * @return the model, ready to fit ({@link #fit(PredictorsModel)}) or to differentiate at any point
     */
    public static PredictorsModel predictorsModel(DataSet data, String loss, String response,
                                                  Map<String, String> predictors) {
        return predictorsModel(data, loss, Map.of(), response, predictors);
    }

    /** A model of several linear predictors whose loss has named constants (see {@link #predictorsModel(DataSet, String, String, Map)}). */
    public static PredictorsModel predictorsModel(DataSet data, String loss, Map<String, Double> parameters,
                                                  String response, Map<String, String> predictors) {
        return PredictorsModel.custom(loss, parameters, response, ordered(predictors), data, false, null);
    }

    /** The map in its own order when it has one, else by name. */
    private static Map<String, String> ordered(Map<String, String> m) {
        return m instanceof LinkedHashMap || m instanceof java.util.SortedMap ? m : new java.util.TreeMap<>(m);
    }

    /**
     * The negative binomial regression with its shape k estimated, as R's {@code MASS::glm.nb}: the
     * formula's linear predictor {@code eta} and {@code logk ~ 1}, {@code k = exp(logk)} in the loss.
     *
     * @param data    the data set
     * @param formula an R formula with a count response, e.g. {@code "count ~ x + dose"}
     * @return the model
     */
    public static PredictorsModel negativeBinomial(DataSet data, String formula) {
        return PredictorsModel.negativeBinomial(formula, data, false, null);
    }

    /**
     * A linear product model on data: the product of one linear predictor per feature group.
     *
     * @param data     the data set
     * @param model    {@code linear-product} or {@code linear-product-ce}
     * @param response the response column
     * @param groups   group name to right-hand side, in order, e.g. {@code x1 -> "ramp(x1, 1, 2, 3)"}
     * @return the model
     */
    public static ProductModel productModel(DataSet data, String model, String response, Map<String, String> groups) {
        ModelKind kind = ModelKind.fromCliName(model);
        if (!kind.isProduct()) {
            throw new IllegalArgumentException(kind + " is a formula model: use model(...)");
        }
        return ProductModel.of(kind.productLoss(groups.size(), CrossEntropyProductLoss.DEFAULT_EPS), response,
                new LinkedHashMap<>(groups), data, false);
    }

    /** Fits a formula model with the defaults of {@code workbench fit}. */
    public static FitReport fit(DataSet data, String model, String formula) {
        return fit(model(data, model, formula));
    }

    /** Fits {@code model} with the defaults of {@code workbench fit} (Newton, or QR for linear; analytic Hessian). */
    public static FitReport fit(RegressionModel model) {
        return Fitter.fit(model, FitOptions.defaults());
    }

    /** Fits {@code model} as {@code options} say (optimiser, Hessian engine, level, start point). */
    public static FitReport fit(RegressionModel model, FitOptions options) {
        return Fitter.fit(model, options);
    }

    /**
     * Fits {@code model} as {@code options} say, with the intervals of {@code intervals}: for
     * {@link IntervalKind#PROFILE} and {@link IntervalKind#BOTH} the profile-likelihood intervals
     * ({@link Profiles}) in {@link FitReport#profile()}, e.g.
     * {@code Workbench.fit(model, FitOptions.defaults(), IntervalKind.BOTH).profile().profiles().get(1).lower()}.
     */
    public static FitReport fit(RegressionModel model, FitOptions options, IntervalKind intervals) {
        return Profiles.attach(model, options, Fitter.fit(model, options), intervals);
    }

    /**
     * Fits a model of several linear predictors with the defaults of {@code workbench fit} (trust region,
     * analytic Hessian): the estimate, the joint observed information and its standard errors.
     */
    public static FitReport fit(PredictorsModel model) {
        return PredictorsFitter.fit(model, FitOptions.defaults());
    }

    /** Fits a model of several linear predictors as {@code options} say. */
    public static FitReport fit(PredictorsModel model, FitOptions options) {
        return PredictorsFitter.fit(model, options);
    }

    /** Every Hessian engine at the estimate of a model of several linear predictors, compared with AD. */
    public static CheckReport check(PredictorsModel model) {
        return Checker.check(model.kind(), model.objective(), "estimate", fit(model).estimate());
    }

    /** Fits a product model with the defaults of {@code workbench fit} (trust region; mean-one normalisation). */
    public static ProductFitReport fit(ProductModel model) {
        return ProductFitter.fit(model, FitOptions.defaults());
    }

    /**
     * The Hessian of {@code model}'s loss at {@code point} by one engine.
     *
     * @param engine {@code analytic}, {@code ad}, {@code fd-central}, {@code fd-richardson} or {@code fd-nested}
     */
    public static HessianEstimate hessian(Model model, double[] point, String engine) {
        return HessianMethod.fromCliName(engine).compute(model.objective(), point);
    }

    /**
     * Compares a Hessian with a reference: the largest absolute, normwise relative and equilibrated
     * (relative to the curvature, \(|A-B|_{jk}/\sqrt{|B_{jj}B_{kk}|}\)) difference, the largest relative
     * difference of the standard errors they imply, and whether {@code a}'s error estimate covers the
     * difference; they agree when the equilibrated difference is within {@code a}'s engine tolerance.
     */
    public static HessianComparison compare(HessianEstimate a, HessianEstimate reference) {
        return HessianComparison.of(a, reference);
    }

    /** Every Hessian engine at {@code point} compared with AD, as {@code workbench check --at}. */
    public static CheckReport check(Model model, double[] point) {
        return Checker.check(model.kind(), model.objective(), "given", point);
    }

    /** Every Hessian engine at the estimate compared with AD, as {@code workbench check}. */
    public static CheckReport check(RegressionModel model) {
        return Checker.check(model.kind(), model.objective(), "estimate", fit(model).estimate());
    }

    /**
     * Several optimisers on {@code model} from {@code start}, as {@code workbench compare-optimizers}.
     *
     * @param names optimiser names ({@code newton}, {@code bfgs}, ...); none: the default set
     */
    public static OptimizerComparison compareOptimizers(Model model, double[] start, String... names) {
        List<String> chosen = names.length == 0 ? OptimizerComparison.DEFAULT : Arrays.asList(names);
        return OptimizerComparison.run(model.objective(), chosen, start, OptimizerOptions.DEFAULTS, MethodSettings.DEFAULTS);
    }

    /** Predictions of {@code model} with coefficients {@code beta} on (new) data: the mean for each row. */
    public static SavedModel.Predictions predict(RegressionModel model, double[] beta, DataSet data) {
        return ModelFile.of(model, beta).predict(data, false, data.source());
    }

    /**
     * Derives {@code expression} with respect to {@code wrt}, one checked rule at a time: the
     * gradient and, for {@code order} 2, the Hessian, as {@code workbench derive --expr ... --wrt ... --order}.
     */
    public static Derivation derive(String expression, int order, String... wrt) {
        return Deriver.derive(expression, List.of(wrt), DeriveOptions.defaults().withOrder(order));
    }
}
