package org.hessianworkbench.symbolic.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expressions;
import org.hessianworkbench.symbolic.Fn;
import org.jsoup.nodes.Element;

class MathMlProperties {

    /** MathML elements with a fixed number of children, each required. */
    private static final Map<String, Integer> ARITY = Map.of("mfrac", 2, "msup", 2, "msub", 2, "mover", 2);

    /** Symbols of the generator and the letters they print as. */
    private static final Map<String, String> LETTERS = Map.of("b", "b", "x", "x", "y", "y");

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\d+(\\.\\d+)?");

    @Provide
    Arbitrary<Expr> expressions() {
        return Expressions.valid(4);
    }

    @Property(tries = 300)
    void noRequiredChildIsMissingOrEmpty(@ForAll("expressions") Expr e) {
        assertWellFormed(MathMlTest.math(e));
    }

    @Property(tries = 300)
    void theLeavesCoverTheSymbolsAndNumbersOfTheText(@ForAll("expressions") Expr e) {
        Element m = MathMlTest.math(e);
        Set<String> mi = new HashSet<>(m.select("mi").eachText());
        Set<String> mn = new HashSet<>(m.select("mn").eachText());
        Matcher t = TOKEN.matcher(Printer.text(e));
        while (t.find()) {
            String token = t.group();
            if (Character.isDigit(token.charAt(0))) {
                assertTrue(mn.contains(token), () -> token + " not among the numbers " + mn + " of " + m);
            } else if (Fn.byName(token).isEmpty()) {
                assertTrue(mi.contains(LETTERS.get(token)), () -> token + " not among the identifiers " + mi);
            }
        }
    }

    /** Every element with fixed children has them all, non-empty; no row, identifier, number or operator is empty. */
    static void assertWellFormed(Element math) {
        for (Element x : math.getAllElements()) {
            String tag = x.tagName();
            Integer n = ARITY.get(tag);
            if (n != null) {
                assertEquals(n, x.childrenSize(), () -> tag + " in " + math);
                x.children().forEach(c -> assertFalse(c.text().isBlank(), () -> "empty child of " + tag + " in " + math));
            }
            if (Set.of("mrow", "msqrt", "mtd", "mtr", "mtable").contains(tag)) {
                assertTrue(x.childrenSize() > 0, () -> "empty " + tag + " in " + math);
            }
            if (Set.of("mi", "mn", "mo").contains(tag)) {
                assertTrue(x.childrenSize() == 0 && !x.text().isEmpty(), () -> "bad " + tag + " in " + math);
            }
        }
    }
}
