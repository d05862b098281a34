package org.hessianworkbench.symbolic.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.parse.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MathMlTest {

    /** A {@code math} element holding {@code text} parsed and printed. */
    static Element math(String text) {
        return math(Parser.parse(text));
    }

    static Element math(Expr e) {
        Element m = Document.createShell("").body().appendElement("math");
        MathMl.append(m, e);
        return m;
    }

    /** The element's MathML leaves (mi, mn, mo) as text, in order. */
    static List<String> leaves(Element e) {
        List<String> out = new ArrayList<>();
        for (Element x : e.select("mi, mn, mo")) {
            out.add(x.tagName() + ":" + x.text());
        }
        return out;
    }

    @Test
    void aQuotientIsAFractionOfTwoRowsWithoutParentheses() {
        Element m = math("(1 - y)/(1 - f1*f2)^2");
        Element frac = m.selectFirst("mfrac");
        assertEquals(2, frac.childrenSize());
        assertEquals("1−y", frac.child(0).text().replace(" ", ""));
        Element den = frac.child(1).selectFirst("msup");
        assertEquals(2, den.childrenSize());
        assertEquals(List.of("mo:(", "mn:1", "mo:" + MathMl.MINUS, "mi:f", "mn:1", "mo:" + MathMl.TIMES, "mi:f", "mn:2",
                "mo:)"), leaves(den.child(0)));
        assertEquals(2, den.select("msub").size());
        assertEquals("2", den.child(1).text());
        assertTrue(frac.child(0).select("mo").stream().noneMatch(o -> o.text().equals("(")));
    }

    @Test
    void powersRootsAndFunctionNamesAsTheLatexNamesThem() {
        assertEquals(List.of("mi:x", "mn:2"), leaves(math("x^2").selectFirst("msup")));
        assertEquals(List.of("mi:x"), leaves(math("sqrt(x)").selectFirst("msqrt")));
        assertEquals(List.of("mi:σ", "mo:" + MathMl.APPLY, "mo:(", "mi:η", "mo:)", "mo:" + MathMl.MINUS, "mi:y"),
                leaves(math("sigmoid(eta) - y")));
        assertEquals(List.of("mi:λ", "mo:" + MathMl.APPLY, "mo:(", "mi:x", "mo:)"), leaves(math("invmills(x)")));
        assertEquals(List.of("mi:Φ", "mo:" + MathMl.APPLY, "mo:(", "mi:x", "mo:)"), leaves(math("Phi(x)")));
        assertEquals(List.of("mi:log1p", "mo:" + MathMl.APPLY, "mo:(", "mi:e", "mo:" + MathMl.MINUS, "mi:η", "mo:)"),
                leaves(math("log1p(exp(-eta))")));
        assertEquals("msup", math("exp(x)").selectFirst("mrow > *").tagName());
        assertEquals(List.of("mo:|", "mi:x", "mo:|"), leaves(math("abs(x)")));
        assertEquals(List.of("mi:ψ", "mo:(", "mn:2", "mo:)", "mo:" + MathMl.APPLY, "mo:(", "mi:x", "mo:)"),
                leaves(math("polygamma(2, x)")));
    }

    @Test
    void parenthesesWhereTheLatexPutsThem() {
        assertEquals(List.of("mo:(", "mi:σ", "mo:" + MathMl.APPLY, "mo:(", "mi:b", "mo:" + MathMl.TIMES, "mi:x", "mo:)",
                "mo:" + MathMl.MINUS, "mi:y", "mo:)", "mo:" + MathMl.TIMES, "mi:x"), leaves(math("(sigmoid(b*x) - y)*x")));
        assertEquals(List.of("mi:a", "mo:" + MathMl.MINUS, "mo:(", "mi:b", "mo:" + MathMl.MINUS, "mi:c", "mo:)"),
                leaves(math("a - (b - c)")));
        assertEquals(List.of("mo:" + MathMl.MINUS, "mi:a", "mo:" + MathMl.TIMES, "mi:b"), leaves(math("-(a*b)")));
        assertEquals(List.of("mi:x", "mo:·", "mn:2"), leaves(math("x*2")));
        assertEquals(Printer.latex(Parser.parse("(a+b)^2")).startsWith("\\left("),
                leaves(math("(a+b)^2")).get(0).equals("mo:("));
    }

    @Test
    void subscriptsHatsAndScientificNumbers() {
        Element sub = math("b1").selectFirst("msub");
        assertEquals(List.of("mi:b", "mn:1"), leaves(sub));
        assertEquals(List.of("mi:y", "mo:^"), leaves(math("yhat").selectFirst("mover")));
        assertEquals(List.of("mn:1.5", "mo:×", "mn:10", "mo:" + MathMl.MINUS, "mn:20"), leaves(math(new Num(1.5e-20))));
        assertEquals(List.of("mo:" + MathMl.MINUS, "mn:2"), leaves(math(new Num(-2))));
        assertEquals(List.of("mi:shape"), leaves(math("shape")));
    }

    @Test
    void anUnevaluatedDerivativeIsAFractionOfPartials() {
        Element m = math("diff(b*x, b)");
        assertEquals(List.of("mo:∂", "mo:∂", "mi:b"), leaves(m.selectFirst("mfrac")));
        assertEquals("mo:[", leaves(m).get(3));
    }

    @Test
    void aMatrixIsATableInParentheses() {
        Element m = Document.createShell("").body().appendElement("math");
        Expr[][] h = {{Parser.parse("x^2"), Parser.parse("x*z")}, {Parser.parse("x*z"), Parser.parse("z^2")}};
        Element row = MathMl.matrix(m, h);
        assertEquals(List.of("mo", "mtable", "mo"), row.children().stream().map(Element::tagName).toList());
        assertEquals(2, row.select("mtable > mtr").size());
        assertEquals(4, row.select("mtr > mtd").size());
        assertEquals("x", row.select("mtd").get(0).selectFirst("mi").text());
    }

    @Test
    void derivativeLabels() {
        Element m = Document.createShell("").body().appendElement("math");
        MathMl.derivative(m, "ell", List.of("b1", "b2"));
        assertEquals(List.of("mo:∂", "mn:2", "mi:ℓ", "mo:∂", "mi:b", "mn:1", "mo:∂", "mi:b", "mn:2"), leaves(m));
        Element n = Document.createShell("").body().appendElement("math");
        MathMl.derivative(n, "f", List.of("x", "x"));
        assertEquals(List.of("mo:∂", "mn:2", "mi:f", "mo:∂", "mi:x", "mn:2"), leaves(n));
    }

    @Test
    void everyFunctionPrints() {
        for (Fn f : Fn.values()) {
            List<Expr> args = new ArrayList<>();
            for (int i = 0; i < f.arity(); i++) {
                if (f == Fn.POLYGAMMA) {
                    args.add(i == 0 ? new Num(1) : new Sym("x"));
                } else {
                    args.add(new Sym(i == 0 ? "x" : "z"));
                }
            }
            Element m = math(new Call(f, args));
            assertFalse(m.select("mi").isEmpty(), f.text());
            assertTrue(leaves(m).contains("mi:x"), f.text());
            assertTrue(f.arity() == 1 || f == Fn.POLYGAMMA || leaves(m).contains("mi:z"), f.text());
            MathMlProperties.assertWellFormed(m);
        }
    }
}
