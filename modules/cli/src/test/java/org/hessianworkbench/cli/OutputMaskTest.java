package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link OutputMask} hides: times, random seeds, absolute paths, trailing white space. */
class OutputMaskTest {

    private final OutputMask mask = new OutputMask(List.of("/tmp/junit123/root", "/home/u/workbench"));

    @Test
    void timesInJsonAndInTableColumnsAreMasked() {
        assertEquals(List.of("  \"seconds\" : <time>,", "  \"n\" : 3"),
                mask.mask("  \"seconds\" : 4.5568000000000003E-4,\n  \"n\" : 3\n", false));
        assertEquals(List.of("  method    seconds  agree", "  analytic  <time>    yes", "  ad        <time>", "",
                "9.9e-01 stays"), mask.mask("  method    seconds  agree\n  analytic  8.8e-04    yes\n  ad        1.4e-01   \n\n"
                + "9.9e-01 stays\n", false));
        assertEquals(List.of("| method | seconds |", "|---|---:|", "| ad | <time> |"),
                mask.mask("| method | seconds |\n|---|---:|\n| ad | 0.5 |\n", false));
    }

    @Test
    void seedsAreMaskedOnlyWhenDrawnAtRandom() {
        String out = "after 1 random case, seed 2430786510235156698)\n--seed 2430786510235156698\n\"seed\" : 77,\n";
        assertEquals(List.of("after 1 random case, seed <seed>)", "--seed <seed>", "\"seed\" : <seed>,"), mask.mask(out, true));
        assertEquals(List.of("after 1 random case, seed 2430786510235156698)", "--seed 2430786510235156698", "\"seed\" : 77,"),
                mask.mask(out, false));
    }

    @Test
    void absolutePathsUnderKnownDirectoriesAreMasked() {
        assertEquals(List.of("Compile against: <path>", "Statement: <path>", "data/x.csv: 1/2*(a - b)"),
                mask.mask("Compile against: /home/u/workbench/modules/cli/target/lib/api.jar\n"
                        + "Statement: /path/to/hessian-workbench/docs/exercises/x.md\ndata/x.csv: 1/2*(a - b)\n", false));
        assertEquals("at /path/to/hessian-workbench/docs/a.md", mask.paths("at /tmp/junit123/root/docs/a.md",
                OutputMask.PATH_PLACEHOLDER));
    }
}
