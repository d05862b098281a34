package org.hessianworkbench.grading.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hessianworkbench.derivatives.LinearPredictorObjective;
import org.hessianworkbench.derivatives.ObservationLoss;

/**
 * One exercise, as an instructor writes it in a Markdown file with front matter
 * ({@link ExerciseFile}): its stable name, the interface a solution implements, the loss (whose
 * automatic derivatives are the reference), the cases it is checked on, the hints for typical wrong
 * answers, and the statement a student reads. The project's own exercises are such files, in the
 * top-level {@code exercises/} folder ({@link Course#builtIn()}). Immutable.
 */
public final class Exercise {

    /**
     * The numbers the cases draw: entries of \(x\) in [xLow, xHigh], coefficients in [betaLow,
     * betaHigh]; when the intercept range is given (not NaN) each design block's first column is 1 and
     * its coefficient lies in [interceptLow, interceptHigh].
     */
    public record Domain(double xLow, double xHigh, double betaLow, double betaHigh, double interceptLow,
                         double interceptHigh) {

        /** Entries and coefficients in [-2, 2], no intercept. */
        public static final Domain DEFAULT = new Domain(-Cases.RANGE, Cases.RANGE, -Cases.RANGE, Cases.RANGE,
                Double.NaN, Double.NaN);

        /** Whether each block's first column is an intercept. */
        public boolean intercept() {
            return !Double.isNaN(interceptLow);
        }
    }

    /**
     * The sizes of the cases: {@code nMin..nMax} rows, {@code pMin..pMax} columns per design block.
     */
    public record Sizes(int nMin, int nMax, int pMin, int pMax) {

        /** 1 to 6 rows, 1 to 3 columns. */
        public static final Sizes DEFAULT = new Sizes(1, Cases.MAX_ROWS, 1, Cases.MAX_COLUMNS);
    }

    /**
     * An instructor's hint rule: a wrong answer equal to the reference of the variant loss earns the hint.
     *
     * @param hint     its name and message
     * @param lossText the variant loss, as written
     * @param loss     the variant loss
     */
    public record HintRule(Hint hint, String lossText, ObservationLoss loss) {
    }

    private final String name;
    private final String title;
    private final ExerciseKind kind;
    private final String lossText;
    private final ObservationLoss loss;
    private final ObservationLoss gaussNewtonLoss;
    private final Cases.Response response;
    private final Domain domain;
    private final Sizes sizes;
    private final List<HintRule> hints;
    private final String deriveExpression;
    private final String statement;
    private final String source;
    private final Path file;

    Exercise(String name, String title, ExerciseKind kind, String lossText, ObservationLoss loss,
             ObservationLoss gaussNewtonLoss, Cases.Response response, Domain domain, Sizes sizes, List<HintRule> hints,
             String deriveExpression, String statement, String source, Path file) {
        this.name = name;
        this.title = title;
        this.kind = kind;
        this.lossText = lossText;
        this.loss = loss;
        this.gaussNewtonLoss = gaussNewtonLoss;
        this.response = response;
        this.domain = domain;
        this.sizes = sizes;
        this.hints = List.copyOf(hints);
        this.deriveExpression = deriveExpression;
        this.statement = statement;
        this.source = source;
        this.file = file;
    }

    /** The command-line name, e.g. {@code logistic-hessian}. */
    public String cliName() {
        return name;
    }

    /** What the student implements. */
    public ExerciseKind kind() {
        return kind;
    }

    /** One line: what is derived. */
    public String title() {
        return title;
    }

    /** The per-observation loss of the reference. */
    public ObservationLoss loss() {
        return loss;
    }

    /** The responses the cases draw. */
    Cases.Response response() {
        return response;
    }

    /** The ranges the cases draw from. */
    public Domain domain() {
        return domain;
    }

    /** The sizes of the cases. */
    public Sizes sizes() {
        return sizes;
    }

    /** The instructor's hint rules, in the file's order. */
    public List<HintRule> hints() {
        return hints;
    }

    /** Whether each block's first column is an intercept with its own range (the cross-entropy cases' clip). */
    boolean insideClip() {
        return domain.intercept();
    }

    /** The loss of one observation, as the file writes it. */
    public String lossText() {
        return lossText;
    }

    /** The per-observation loss in the syntax of {@code ./workbench derive --expr}. */
    public String deriveExpression() {
        return deriveExpression;
    }

    /** The scalar variable the loss is derived in ({@code eta}, or {@code f1} for a product). */
    public String deriveVariable() {
        return kind == ExerciseKind.PRODUCT_HESSIAN ? "f1" : kind == ExerciseKind.MULTINOMIAL_HESSIAN ? "eta1" : "eta";
    }

    /** The statement in Markdown (the file's body after the front matter). */
    public String statement() {
        return statement;
    }

    /** Where the exercise was read from: the file, or the resource of the built-in course. */
    public String source() {
        return source;
    }

    /**
     * The exercise as one word another JVM can load it from, reading this one file only: the file's
     * absolute path, or for the built-in course read from the class path {@code resource:} and the
     * resource's name.
     */
    public String argument() {
        return file != null ? file.toAbsolutePath().toString()
                : Course.RESOURCE_PREFIX + Course.RESOURCE + "/" + fileName();
    }

    /** The exercise named by {@link #argument()}. */
    static Exercise fromArgument(String argument) {
        if (argument.startsWith(Course.RESOURCE_PREFIX)) {
            return Course.resource(argument.substring(Course.RESOURCE_PREFIX.length()));
        }
        return argument.endsWith(ExerciseFile.SUFFIX) ? ExerciseFile.read(Path.of(argument)) : byName(argument);
    }

    /**
     * The commands that check typed answers for the scalar derivatives behind this exercise, each as
     * {@code {what, command}}: \(\ell'\) (and \(\ell''\) for a Hessian) in \(\eta\), or for a product
     * the derivatives in the group predictors \(f_1, f_2\).
     */
    public List<String[]> typedAnswers() {
        String derive = "./workbench derive --expr \"" + deriveExpression + "\" --wrt ";
        List<String[]> commands = new ArrayList<>();
        if (kind == ExerciseKind.PRODUCT_HESSIAN) {
            commands.add(new String[] {"dl/df1", derive + "f1 --answer \"...\""});
            commands.add(new String[] {"d2l/df1^2", derive + "f1 --order 2 --answer \"...\""});
            commands.add(new String[] {"d2l/(df1 df2)", "./workbench derive --expr \"<your checked dl/df1>\" --wrt f2 "
                    + "--answer \"...\""});
        } else if (kind == ExerciseKind.MULTINOMIAL_HESSIAN) {
            commands.add(new String[] {"d2l/deta1^2", derive + "eta1 --order 2 --answer \"...\""});
            commands.add(new String[] {"d2l/(deta1 deta2)", "./workbench derive --expr \"<your checked dl/deta1>\" --wrt eta2 "
                    + "--answer \"...\""});
        } else if (kind == ExerciseKind.GAUSS_NEWTON) {
            commands.add(new String[] {"dr/deta", derive + "eta --answer \"...\""});
        } else {
            commands.add(new String[] {"dl/deta", derive + "eta --answer \"...\""});
            if (kind == ExerciseKind.HESSIAN || kind == ExerciseKind.NEWTON_STEP) {
                commands.add(new String[] {"d2l/deta^2", derive + "eta --order 2 --answer \"...\""});
            }
        }
        return commands;
    }

    /** What a solution returns, in which layout. */
    public String task() {
        return switch (kind) {
            case GRADIENT -> "a new array g of length p: g[j] = df/dbeta_j";
            case HESSIAN -> "a new p x p array h: h[j][k] = d2f/(dbeta_j dbeta_k)";
            case NEWTON_STEP -> "a new array s of length p: the solution of H s = g, H the Hessian and g the gradient of f";
            case GAUSS_NEWTON -> "a new p x p array: sum over i of r'(eta_i)^2 x_i x_i' (the Hessian of f = 1/2 sum r^2 "
                    + "without the terms r*r'')";
            case MULTINOMIAL_HESSIAN -> "a new 2p x 2p array h whose rows and columns follow beta = (beta1, beta2): "
                    + "h[a][b] block (1,1), h[a][p + b] block (1,2), h[p + a][p + b] block (2,2)";
            case PRODUCT_HESSIAN -> "a new (p1+p2) x (p1+p2) array h whose rows and columns follow beta = (beta1, beta2): "
                    + "h[a][b] for a, b < p1 is block H11, h[a][p1 + b] block H12, h[p1 + a][b] block H21 = H12', "
                    + "h[p1 + a][p1 + b] block H22";
        };
    }

    /** The cases a solution is checked on. */
    public String casesText() {
        boolean product = kind == ExerciseKind.PRODUCT_HESSIAN;
        String sizesText = String.format(Locale.ROOT, "n = %s rows, %s = %s columns", range(sizes.nMin(), sizes.nMax()),
                product ? "p1, p2" : "p", range(sizes.pMin(), sizes.pMax()))
                + (product ? " (a quarter of the cases first with p1 = p2)" : "");
        String numbers;
        if (domain.intercept()) {
            numbers = String.format(Locale.ROOT, "each %sfirst column is 1 (an intercept) with a coefficient in %s, "
                    + "the other entries of x are in %s and their coefficients in %s", product ? "group's " : "",
                    interval(domain.interceptLow(), domain.interceptHigh()), interval(domain.xLow(), domain.xHigh()),
                    interval(domain.betaLow(), domain.betaHigh()));
        } else if (domain.equals(Domain.DEFAULT)) {
            numbers = "entries of x and beta are integers or halves in [-2, 2], now and then a number with three decimals";
        } else {
            numbers = String.format(Locale.ROOT, "entries of x are in %s and of beta in %s (simple numbers, now and then "
                    + "one with three decimals)", interval(domain.xLow(), domain.xHigh()),
                    interval(domain.betaLow(), domain.betaHigh()));
        }
        String y = switch (response) {
            case BINARY -> "y in {0, 1}";
            case COUNT -> "y in {0, 1, 2, 3, 4}";
            case REAL -> "y in [-2, 2]";
            case UNIT_INTERVAL -> "y in [0, 1]";
            case CATEGORICAL -> "y in {0, 1, 2} (the class)";
        };
        return sizesText + "; " + numbers + "; " + y;
    }

    private static String range(int lo, int hi) {
        return lo == hi ? Integer.toString(lo) : lo + ".." + hi;
    }

    private static String interval(double lo, double hi) {
        return "[" + number(lo) + ", " + number(hi) + "]";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The class name the statements use, e.g. {@code MyHessian}. */
    public String className() {
        return kind.className();
    }

    /** The command that checks a solution file. */
    public String checkCommand() {
        return "./workbench exercise check " + name + " --solution " + className() + ".java";
    }

    /** The statement's path: the exercise file as given, or the built-in course's {@code exercises/FILE.md}. */
    public String statementPath() {
        return file != null ? file.toString() : source;
    }

    /** The exercise file's name, e.g. {@code 02-logistic-hessian.md}. */
    public String fileName() {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /**
     * The reference answer by automatic differentiation of the loss's one generic definition
     * (Hipparchus {@code DerivativeStructure}): the gradient as one row, or the Hessian.
     */
    public double[][] reference(ExerciseCase c) {
        return reference(c, loss);
    }

    /**
     * The reference of this exercise's kind for another loss (a hint's variant): for a Newton step
     * the solution of \(H s = g\) with the AD Hessian and gradient; for a Gauss-Newton exercise, whose
     * loss is the residual \(r\), \(\sum_i r'(\eta_i)^2 x_i x_i^	op\) with \(r'\) by AD.
     */
    double[][] reference(ExerciseCase c, ObservationLoss l) {
        LinearPredictorObjective f = LinearPredictorObjective.of(c.blocks(), c.y(), l);
        return switch (kind) {
            case GRADIENT -> new double[][] {f.automaticGradient(c.beta()).gradient()};
            case HESSIAN, PRODUCT_HESSIAN, MULTINOMIAL_HESSIAN -> f.automaticHessian(c.beta()).hessian();
            case NEWTON_STEP -> new double[][] {References.newtonStep(f.automaticHessian(c.beta()).hessian(),
                    f.automaticGradient(c.beta()).gradient())};
            case GAUSS_NEWTON -> References.gaussNewton(l, c);
        };
    }

    /**
     * Whether the case can judge a solution: true except for a Newton step whose Hessian is singular
     * or too ill-conditioned for the step to be determined to the comparison's tolerance.
     */
    boolean judges(ExerciseCase c) {
        if (kind == ExerciseKind.MULTINOMIAL_HESSIAN) {
            // every class's predictor uses the one design (a shrunk case must keep it so)
            return c.product() && java.util.Arrays.deepEquals(c.x1(), c.x2());
        }
        if (kind != ExerciseKind.NEWTON_STEP) {
            return true;
        }
        return References.wellConditioned(LinearPredictorObjective.of(c.blocks(), c.y(), loss)
                .automaticHessian(c.beta()).hessian());
    }

    /**
     * The answer of a near miss this kind is known for, or null: the exact Hessian of
     * \(	frac12\sum r^2\) for a Gauss-Newton exercise.
     */
    double[][] exactInsteadOfGaussNewton(ExerciseCase c) {
        if (kind != ExerciseKind.GAUSS_NEWTON) {
            return null;
        }
        return LinearPredictorObjective.of(c.blocks(), c.y(), new HalfSquareLoss(loss)).automaticHessian(c.beta())
                .hessian();
    }

    /**
     * The Gauss-Newton Hessian of a product exercise (the exact one without the residual term
     * \(l'\,\partial^2\hat y/\partial f_1\partial f_2\)), or null for the other exercises.
     */
    double[][] gaussNewton(ExerciseCase c) {
        if (gaussNewtonLoss == null) {
            return null;
        }
        return LinearPredictorObjective.of(c.blocks(), c.y(), gaussNewtonLoss).hessian(c.beta());
    }

    /** The exercise of the built-in course with this command-line name. */
    public static Exercise byName(String name) {
        return Course.builtIn().byName(name);
    }

    /** The built-in course's exercises, in order. */
    public static List<Exercise> values() {
        return Course.builtIn().exercises();
    }

    /** The built-in course's command-line names, in order. */
    public static List<String> names() {
        return Course.builtIn().names();
    }

    @Override
    public String toString() {
        return name;
    }
}
