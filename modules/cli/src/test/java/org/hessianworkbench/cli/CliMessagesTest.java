package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.design.DesignMessages;
import org.hessianworkbench.fitting.FittingMessages;
import org.hessianworkbench.fitting.StartPoint;
import org.hessianworkbench.report.ReportMessages;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries' messages name no flag; the command line names the flag the value came from, with the
 * wording it always had.
 */
class CliMessagesTest {

    private static final String SPECTOR = TestData.file("spector.csv").toString();

    private static final List<String> NAMES = List.of("(Intercept)", "GPA");

    @TempDir
    Path dir;

    private static void assertError(Cli r, String line) {
        assertEquals(WorkbenchCommand.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(line + "\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void theStartPointIsNamedByTheOptionThatGaveIt() {
        assertError(Cli.run("fit", "--data", SPECTOR, "--model", "logistic", "--formula", "GRADE ~ GPA",
                "--start", "1,2,3"),
                "workbench fit: error: --start has 3 values, the model has 2 parameters ((Intercept), GPA)");
        assertError(Cli.run("compare-optimizers", "--data", SPECTOR, "--model", "logistic", "--formula", "GRADE ~ GPA",
                "--start", "1,x"),
                "workbench compare-optimizers: error: --start: value 2 'x' is not a number (expected zeros, ones or"
                        + " b1,b2,...)");
        assertError(Cli.run("check", "--data", SPECTOR, "--model", "logistic", "--formula", "GRADE ~ GPA", "--at", "1"),
                "workbench check: error: --at has 1 values, the model has 2 parameters ((Intercept), GPA)");
        assertError(Cli.run("check", "--data", SPECTOR, "--model", "logistic", "--formula", "GRADE ~ GPA",
                "--at", "1,Infinity"), "workbench check: error: --at: value 2 must be finite");
    }

    @Test
    void theLibrarySaysTheSameFailureWithoutAFlag() {
        BadInputException e = assertThrows(BadInputException.class, () -> StartPoint.parse("1,2,3", NAMES));
        assertEquals(FittingMessages.START_POINT_LENGTH, e.key());
        assertEquals("the start point has 3 values, the model has 2 parameters ((Intercept), GPA)", e.getMessage());
        assertFalse(e.getMessage().contains("--"), e.getMessage());
        assertEquals("--start has 3 values, the model has 2 parameters ((Intercept), GPA)", CliMessages.text("fit", e));
        assertEquals("--at has 1 values, the model has 2 parameters ((Intercept), GPA)",
                CliMessages.text("check", assertThrows(BadInputException.class, () -> StartPoint.parse("1", NAMES))));
    }

    @Test
    void aCommandWithoutTheFlagSaysTheLibrarysText() {
        BadInputException start = assertThrows(BadInputException.class, () -> StartPoint.parse("1", NAMES));
        assertEquals(start.getMessage(), CliMessages.text("exercise check", start));
        BadInputException missing = new BadInputException(DesignMessages.MISSING_VALUE, "d.csv: line 3, column 'x'");
        assertEquals("d.csv: line 3, column 'x': missing value (incomplete rows are dropped only when asked)",
                CliMessages.text("demo", missing));
        assertEquals("d.csv: line 3, column 'x': missing value (use --drop-missing to drop incomplete rows)",
                CliMessages.text("predict", missing));
        InternalException internal = new InternalException(ReportMessages.JSON_NOT_WRITTEN, "no serializer");
        assertEquals("the report cannot be written as JSON (no serializer)", CliMessages.text("fit", internal));
    }

    @Test
    void productModelsAreAskedForByTheirFlags() throws IOException {
        Path p = dir.resolve("p.csv");
        Files.writeString(p, "y,x1,x2\n1,1,2\n2,2,1\n3,3,3\n4,4,5\n5,5,4\n6,6,7\n");
        assertError(Cli.run("fit", "--data", p.toString(), "--model", "linear-product", "--response", "y"),
                "workbench fit: error: model 'linear-product' needs --response COLUMN and at least one"
                        + " --group NAME=\"right-hand side\" (e.g. --group x1=\"ramp(x1, 1, 2, 3)\")");
        assertError(Cli.run("fit", "--data", p.toString(), "--model", "linear-product", "--response", "y",
                "--group", "a=x1", "--group", "b=x2 - 1", "--normalize", "bias-one"),
                "workbench fit: error: group 'b' has no bias (constant 1) column: use --normalize mean-one");
        assertError(Cli.run("fit", "--data", p.toString(), "--model", "logistic", "--response", "y", "--group", "a=x1"),
                "workbench fit: error: model 'logistic' needs --formula \"response ~ terms\"");
        assertError(Cli.run("compare-optimizers", "--data", p.toString(), "--model", "logistic", "--formula", "y ~ x1",
                "--response", "y"), "workbench compare-optimizers: error: --response and --group are for the product"
                + " models (linear-product, linear-product-ce); model 'logistic' takes --formula");
    }

    @Test
    void optimiserLimitsNameTheOption() {
        assertError(Cli.run("fit", "--data", SPECTOR, "--model", "logistic", "--formula", "GRADE ~ GPA",
                "--max-iterations", "-1"), "workbench fit: error: max-iterations must be >= 0, not -1");
    }
}
