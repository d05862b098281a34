package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.derivation.ModelDerivations;
import org.hessianworkbench.symbolic.parse.Parser;
import org.junit.jupiter.api.Test;

/** The LaTeX document: the Hessian as a pmatrix, room between the results' fractions, balanced groups. */
class DerivationLatexTest {

    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\{([a-z*]+)\\}");

    /** Braces (not escaped) balance, and every environment ends in the order it began. */
    static void assertBalanced(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertTrue(depth >= 0, () -> "a } without its { in " + tex);
            }
        }
        assertEquals(0, depth, "unclosed {");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = ENVIRONMENT.matcher(tex);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                open.push(m.group(2));
            } else {
                assertEquals(open.pop(), m.group(2));
            }
        }
        assertTrue(open.isEmpty(), () -> "not ended: " + open);
    }

    @Test
    void theLogisticHessianIsAMatrixAndTheResultsHaveRoom() {
        String tex = DerivationLatex.render(ModelDerivations.document(ModelKind.LOGISTIC));
        assertBalanced(tex);
        assertTrue(tex.contains("\\[ \\nabla^2 \\ell = \\begin{pmatrix}\n  \\sigma(b_{1}\\,x_{1} + b_{2}\\,x_{2})"), tex);
        assertTrue(tex.contains("\\nabla \\ell = \\begin{pmatrix}"), tex);
        int tables = tex.split("\\\\begin\\{tabular\\}\\{llr\\}", -1).length - 1;
        assertEquals(tables, tex.split("\\{\\\\renewcommand\\{\\\\arraystretch\\}\\{1\\.6\\}\n\\\\begin\\{tabular\\}\\{llr\\}", -1)
                .length - 1);
        assertTrue(tables >= 3);
    }

    @Test
    void aMatrixHasOneRowPerLine() {
        assertEquals("\\begin{pmatrix}\n  x^{2} & x\\,z \\\\\n  x\\,z & z^{2}\n\\end{pmatrix}", DerivationLatex.pmatrix(
                new org.hessianworkbench.symbolic.Expr[][] {{Parser.parse("x^2"), Parser.parse("x*z")},
                    {Parser.parse("x*z"), Parser.parse("z^2")}}));
    }
}
