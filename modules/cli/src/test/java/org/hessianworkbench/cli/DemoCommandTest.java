package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoReproducesTheSeedAndTheReferences() {
        Cli r = Cli.run("demo", "--data-dir", "../../data", "--out-dir", "target/demo");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("1.06445721"), out);
        assertTrue(out.contains("-2.07456031"), out);
        assertTrue(out.contains("0.03180573"), out);
        assertTrue(out.contains("fd-nested"), out);
        assertTrue(out.contains("Spector"), out);
        assertTrue(out.contains("Longley"), out);
        assertTrue(out.contains("Training accuracy at threshold 0.5: 82.5%"), out);
        assertTrue(out.contains("Verdict: diverged"), out);
        assertTrue(java.nio.file.Files.exists(java.nio.file.Path.of("target/demo/newton-bfgs-tutorial-convergence.png")));
        // NaN appears only where the demo explains the seed's NaN standard errors, never as a number
        out.lines().filter(l -> l.contains("NaN")).forEach(l -> assertTrue(l.contains("NaN standard errors")
                || l.contains("11 NaN of 18"), l));
        assertTrue(out.contains("50592.1633"), out);
        assertTrue(out.contains("scale"), out);
        assertEquals("", r.err());
    }
}
