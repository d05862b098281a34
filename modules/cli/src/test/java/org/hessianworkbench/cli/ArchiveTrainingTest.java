package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run (the class-data-sharing archive): every command line it runs exists in
 * the repository and succeeds, so that a renamed option or a moved file does not quietly leave the
 * archive without that command's classes.
 */
class ArchiveTrainingTest {

    @Test
    void everyTrainingCommandRunsAndSucceeds() {
        List<Integer> codes = ArchiveTraining.run(Repository.root());
        assertEquals(Collections.nCopies(ArchiveTraining.COMMANDS.size(), 0), codes,
                "exit codes of " + ArchiveTraining.COMMANDS + " (null: a file missing)");
    }
}
