package org.hessianworkbench.symbolic.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.diff.Differentiator;
import org.hessianworkbench.symbolic.eval.Evaluator;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;
import org.hessianworkbench.symbolic.steps.Trace;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * The textbook corpus ({@code textbook-corpus.tsv}, made by {@code make_textbook_corpus.py} with SymPy):
 * our first and second derivatives of 50 functions a course differentiates, held against SymPy's
 * {@code simplify} and, where a statistics text writes one, the sigmoid form.
 */
class TextbookCorpusTest {

    /**
     * The share of corpus results whose operation count is at most SymPy's + 1 (or at most the sigmoid
     * form's) must reach the issue's 95%. Measured: 0.72 before the textbook-form rules of issue 12;
     * 0.78 with the logistic function recognised ({@code exp(u)/(1 + exp(u)) = sigmoid(u)}); 0.92 with
     * exact fractions, {@code sqrt(u)} as {@code u^(1/2)}, common denominators over roots and polynomial
     * division; 0.96 with the double-angle identities; 0.97 with a common fraction taken out of a sum.
     */
    static final double TARGET = 0.95;


    /** Points where every corpus function and derivative is defined (x in (0, 1) keeps logit and sqrt real). */
    private static final double[] XS = {0.3, 0.55, 0.8};

    record Row(String name, Expr f, String wrt, int order, Expr sympy, int sympyOps, Expr sigmoid, int sigmoidOps) {
    }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TextbookCorpusTest.class.getResourceAsStream("textbook-corpus.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                boolean sig = !c[6].equals("-");
                rows.add(new Row(c[0], Parser.parse(c[1]), c[2], Integer.parseInt(c[3]), Parser.parse(c[4]),
                        Integer.parseInt(c[5]), sig ? Parser.parse(c[6]) : null, sig ? Integer.parseInt(c[7]) : -1));
            }
        }
        return rows;
    }

    /** Our result: the derivative as a derivation writes it (the second is the derivative of the simplified first). */
    static Expr ours(Row row) {
        Differentiator d = Differentiator.standard();
        Expr first = d.eliminate(new Expr.Diff(row.f(), row.wrt()), Trace.NONE);
        return row.order() == 1 ? first : d.eliminate(new Expr.Diff(first, row.wrt()), Trace.NONE);
    }

    static boolean textbook(Row row, Expr result) {
        int n = OperationCount.of(result);
        return n <= row.sympyOps() + 1 || row.sigmoid() != null && n <= row.sigmoidOps();
    }

    @Test
    void theCounterAgreesWithSympyOnEveryRecordedForm() throws IOException {
        List<Row> rows = corpus();
        assertTrue(rows.size() >= 80, "at least 40 functions, two derivatives each");
        List<String> differ = new ArrayList<>();
        for (Row row : rows) {
            if (OperationCount.of(row.sympy()) != row.sympyOps()) {
                differ.add(row.name() + " " + row.order() + ": " + OperationCount.of(row.sympy()) + " vs " + row.sympyOps());
            }
            if (row.sigmoid() != null) {
                assertEquals(row.sigmoidOps(), OperationCount.of(row.sigmoid()), row.name() + " sigmoid form");
            }
        }
        // SymPy distributes a number over a sum when it builds a product (3*(2*x^2 + 1) is held as
        // 6*x^2 + 3) but prints it factored: its count is of the distributed tree, ours of the text
        assertEquals(List.of("cauchy 2: 8 vs 7", "power-of-sum 2: 9 vs 8", "partial-fractions 2: 13 vs 15"), differ);
    }

    @Test
    void ourResultsAreTheDerivativesSympyFound() throws IOException {
        for (Row row : corpus()) {
            Expr ours = ours(row);
            for (double x : XS) {
                Map<String, Double> at = Map.of("x", x, "b", 1.3, "a", 0.7, "mu", 0.2, "sigma", 1.5, "y", 0.4,
                        "p", x, "eta", x);
                double want = Evaluator.value(row.sympy(), at);
                assertEquals(want, Evaluator.value(ours, at), Tolerances.REORDERED * (1 + Math.abs(want)),
                        row.name() + " " + row.order() + ": " + Printer.text(ours));
                if (row.sigmoid() != null) {
                    assertEquals(want, Evaluator.value(row.sigmoid(), at), Tolerances.REORDERED * (1 + Math.abs(want)),
                            row.name() + " sigmoid form");
                }
            }
        }
    }

    @Test
    void mostResultsAreAsShortAsSympys() throws IOException {
        List<Row> rows = corpus();
        int good = 0;
        for (Row row : rows) {
            if (textbook(row, ours(row))) {
                good++;
            }
        }
        double score = (double) good / rows.size();
        assertTrue(score >= TARGET, "textbook score " + score + " below " + TARGET);
    }
}
