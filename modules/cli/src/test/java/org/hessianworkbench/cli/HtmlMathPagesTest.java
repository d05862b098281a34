package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code derive} and {@code exercise show} with {@code --format html}, through the command line. */
class HtmlMathPagesTest {

    @Test
    void deriveWritesThePageToOutWithTheCommandInItsFooter(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("logistic.html");
        DeriveCli r = DeriveCli.run("logistic", "--format", "html", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("workbench derive logistic --format html --out " + out, page.selectFirst("footer code").text());
        assertFalse(page.select("div.hessian math mtable").isEmpty());
    }

    @Test
    void aUsersDerivationGoesToStandardOutputWithItsExpressionQuoted() {
        DeriveCli r = DeriveCli.run("--expr", "b*c^2", "--wrt", "b,c", "--order", "2", "--format", "html");
        assertEquals(0, r.code(), r.err());
        Document page = Jsoup.parse(r.out());
        assertEquals("workbench derive --expr \"b*c^2\" --wrt b,c --order 2 --format html",
                page.selectFirst("footer code").text());
        assertEquals(2, page.selectFirst("div.hessian mtable").select("mtr").size());
    }

    @Test
    void exerciseShowAsAPage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCommand.run(new String[] {"exercise", "show", "poisson-hessian", "--format", "html"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Document page = Jsoup.parse(out.toString());
        assertTrue(page.selectFirst("h1").text().startsWith("poisson-hessian: "));
        assertFalse(page.select("section math mrow").isEmpty());
    }
}
