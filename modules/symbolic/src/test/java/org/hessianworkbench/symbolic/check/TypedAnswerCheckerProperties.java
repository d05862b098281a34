package org.hessianworkbench.symbolic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.hessianworkbench.symbolic.derive.DeriveOptions;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Deriver;
import org.hessianworkbench.symbolic.print.Printer;

/**
 * A gradient or Hessian the engine derives itself, typed back as an answer, always passes; the same
 * with one entry perturbed always fails, at that entry only.
 */
class TypedAnswerCheckerProperties {

    private static final List<String> AB = List.of("a", "b");

    /** Terms in a, b (the variables) and x (a constant), each with a coefficient {@code C}. */
    private static final List<String> TERMS = List.of("C*a^2*b", "exp(C*a*b/4)", "log(1 + exp(a*x - C*b))",
            "sin(C*a)*b", "sqrt(a + C*b)", "a/(C + b^2)", "sigmoid(a - C*b*x)", "(a*x - C*b)^2", "b*log(C + a)");

    /** A sum of two terms. */
    record Case(String f) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> term = Combinators.combine(Arbitraries.of(TERMS), Arbitraries.integers().between(1, 5))
                .as((t, c) -> t.replace("C", String.valueOf(c)));
        return Combinators.combine(term, term).as((s, t) -> new Case(s + " + " + t));
    }

    @Property(tries = 12)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theEnginesOwnDerivativesPassAndAPerturbedEntryFails(@ForAll("cases") Case c,
                                                             @ForAll("entries") int which,
                                                             @ForAll("perturbations") int size) {
        // both orders on every case (a random order left one of them untried now and then)
        for (int order = 1; order <= 2; order++) {
            check(c, order, which, size);
        }
    }

    private static void check(Case c, int order, int which, int size) {
        Derivation d = Deriver.derive(c.f(), AB, DeriveOptions.defaults().withOrder(order));
        List<String> entries = new ArrayList<>();
        if (order == 1) {
            AB.forEach(x -> entries.add(Printer.text(d.gradient().get(x))));
        } else {
            AB.forEach(x -> AB.forEach(z -> entries.add(Printer.text(d.hessian().get(x).get(z)))));
        }
        int k = which % entries.size();
        Statistics.label("entry perturbed").collect(order + ":" + k);

        AnswerReport right = Deriver.checkAnswer(d, TypedAnswer.parse(text(entries, order), AB, order))
                .answer().orElseThrow();
        assertTrue(right.right(), () -> c + " order " + order + ": " + right.entries().stream().map(e -> e.entry().label() + " "
                + e.verdict()).toList());

        List<String> perturbed = new ArrayList<>(entries);
        perturbed.set(k, "(" + entries.get(k) + ") + " + size + "*(1 + a^2)/10");
        AnswerReport wrong = Deriver.checkAnswer(d, TypedAnswer.parse(text(perturbed, order), AB, order))
                .answer().orElseThrow();
        assertEquals(List.of(k), wrong.wrong().stream().map(e -> wrong.entries().indexOf(e)).toList(), () -> c + " order " + order);
    }

    @Provide
    Arbitrary<Integer> entries() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Integer> perturbations() {
        return Arbitraries.integers().between(1, 20);
    }

    private static String text(List<String> entries, int order) {
        if (order == 1) {
            return "[" + String.join(", ", entries) + "]";
        }
        return "[" + entries.get(0) + ", " + entries.get(1) + "; " + entries.get(2) + ", " + entries.get(3) + "]";
    }
}
