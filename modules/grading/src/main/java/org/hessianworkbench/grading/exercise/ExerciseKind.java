package org.hessianworkbench.grading.exercise;

import org.hessianworkbench.exercise.api.GaussNewtonSolution;
import org.hessianworkbench.exercise.api.GradientSolution;
import org.hessianworkbench.exercise.api.HessianSolution;
import org.hessianworkbench.exercise.api.MultinomialHessianSolution;
import org.hessianworkbench.exercise.api.NewtonStepSolution;
import org.hessianworkbench.exercise.api.ProductHessianSolution;

/**
 * The kinds of exercise, one per interface of the exercise API: what the student implements, how
 * it is called, and the shape of the answer. Answers are held as matrices; a gradient is a matrix of
 * one row.
 */
public enum ExerciseKind {

    /** \(\nabla f = X^\top\ell'\): {@link GradientSolution}, a vector of length \(p\). */
    GRADIENT("gradient", "MyGradient", GradientSolution.class,
            "double[] gradient(double[][] x, double[] y, double[] beta)"),

    /** \(\nabla^2 f = X^\top\operatorname{diag}(\ell'')X\): {@link HessianSolution}, \(p\times p\). */
    HESSIAN("hessian", "MyHessian", HessianSolution.class,
            "double[][] hessian(double[][] x, double[] y, double[] beta)"),

    /** The Hessian of a two-group product model: {@link ProductHessianSolution}, \((p_1+p_2)^2\). */
    PRODUCT_HESSIAN("product-hessian", "MyProductHessian", ProductHessianSolution.class,
            "double[][] hessian(double[][] x1, double[][] x2, double[] y, double[] beta)"),

    /** The Newton step \((
abla^2 f)^{-1}
abla f\): {@link NewtonStepSolution}, a vector of length \(p\). */
    NEWTON_STEP("newton-step", "MyNewtonStep", NewtonStepSolution.class,
            "double[] newtonStep(double[][] x, double[] y, double[] beta)"),

    /**
     * The Gauss-Newton matrix \(\sum_i r'(\eta_i)^2 x_i x_i^	op\) of \(	frac12\sum_i r^2\):
     * {@link GaussNewtonSolution}, \(p	imes p\).
     */
    GAUSS_NEWTON("gauss-newton", "MyGaussNewton", GaussNewtonSolution.class,
            "double[][] gaussNewton(double[][] x, double[] y, double[] beta)"),

    /**
     * The Hessian of the softmax loss with three classes, \((\operatorname{diag}\pi - \pi\pi^	op)\otimes
     * x_i x_i^	op\) summed: {@link MultinomialHessianSolution}, \(2p	imes 2p\).
     */
    MULTINOMIAL_HESSIAN("multinomial-hessian", "MyMultinomialHessian", MultinomialHessianSolution.class,
            "double[][] hessian(double[][] x, int[] y, double[] beta)");

    private final String cliName;
    private final String className;
    private final Class<?> api;
    private final String signature;

    ExerciseKind(String cliName, String className, Class<?> api, String signature) {
        this.cliName = cliName;
        this.className = className;
        this.api = api;
        this.signature = signature;
    }

    /** The name an exercise file gives after {@code implement:}, e.g. {@code product-hessian}. */
    public String cliName() {
        return cliName;
    }

    /** The class name the statements use, e.g. {@code MyHessian}. */
    public String className() {
        return className;
    }

    /** The kind with this file name, or null. */
    static ExerciseKind byName(String name) {
        for (ExerciseKind k : values()) {
            if (k.cliName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The interface a solution implements. */
    public Class<?> api() {
        return api;
    }

    /** The method's Java signature. */
    public String signature() {
        return signature;
    }

    /** Whether the answer is a vector (printed and serialised as one). */
    public boolean vector() {
        return this == GRADIENT || this == NEWTON_STEP;
    }

    /** The kind whose interface {@code type} implements, or null. */
    static ExerciseKind implementedBy(Class<?> type) {
        for (ExerciseKind k : values()) {
            if (k.api.isAssignableFrom(type)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Calls the solution on fresh copies of the case's arrays, so a solution that modifies its
     * arguments changes neither the reference nor the counterexample shown.
     *
     * @return what the solution returned, as it returned it (null, a vector, or a matrix)
     */
    Object invoke(Object solution, ExerciseCase c) {
        return switch (this) {
            case GRADIENT -> ((GradientSolution) solution).gradient(copy(c.x1()), c.y().clone(), c.beta().clone());
            case HESSIAN -> ((HessianSolution) solution).hessian(copy(c.x1()), c.y().clone(), c.beta().clone());
            case PRODUCT_HESSIAN -> ((ProductHessianSolution) solution).hessian(copy(c.x1()), copy(c.x2()),
                    c.y().clone(), c.beta().clone());
            case NEWTON_STEP -> ((NewtonStepSolution) solution).newtonStep(copy(c.x1()), c.y().clone(), c.beta().clone());
            case GAUSS_NEWTON -> ((GaussNewtonSolution) solution).gaussNewton(copy(c.x1()), c.y().clone(),
                    c.beta().clone());
            case MULTINOMIAL_HESSIAN -> ((MultinomialHessianSolution) solution).hessian(copy(c.x1()), classes(c.y()),
                    c.beta().clone());
        };
    }

    private static int[] classes(double[] y) {
        int[] k = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            k[i] = (int) y[i];
        }
        return k;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
