package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.hessianworkbench.cli.WorkbenchCommand;
import org.junit.jupiter.api.Test;

/** {@code workbench exercise} through {@link Workbench#run}, once the command is registered there. */
class WorkbenchExerciseTest {

    @Test
    void checkRunsThroughTheWorkbench() {
        assumeTrue(new picocli.CommandLine(new WorkbenchCommand()).getSubcommands().containsKey("exercise"),
                "the exercise command is not registered in WorkbenchCommand yet");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCommand.run(new String[] {"exercise", "check", "poisson-hessian", "--solution",
            ExerciseCli.resource("poisson-hessian", "SignError").toString(), "--tries", "20", "--seed", "1"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, out + "\n" + err);
        assertTrue(out.toString().contains("hint (sign)"), out.toString());
        StringWriter out2 = new StringWriter();
        assertEquals(2, WorkbenchCommand.run(new String[] {"exercise", "show", "nope"}, new PrintWriter(out2),
                new PrintWriter(new StringWriter())));
    }
}
