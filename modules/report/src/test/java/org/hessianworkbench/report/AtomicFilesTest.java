package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles}: which paths are one file, and writing over a file. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsItselfHoweverItIsNamed() throws IOException {
        Path data = Files.writeString(dir.resolve("data.csv"), "y,x\n1,2\n");
        assertTrue(AtomicFiles.sameFile(data, data));
        Files.createDirectory(dir.resolve("sub"));
        assertTrue(AtomicFiles.sameFile(data, dir.resolve("sub/../data.csv")));
        assertTrue(AtomicFiles.sameFile(data.toAbsolutePath(), dir.resolve("./data.csv")));
    }

    @Test
    void symbolicAndHardLinksAreFollowed() throws IOException {
        Path data = Files.writeString(dir.resolve("data.csv"), "y,x\n1,2\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
        Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.csv"), link);
        Path hard = Files.createLink(dir.resolve("hard.csv"), data);
        assertTrue(AtomicFiles.sameFile(link, data));
        assertTrue(AtomicFiles.sameFile(data, linkToLink));
        assertTrue(AtomicFiles.sameFile(hard, link));
    }

    @Test
    void aFileThatDoesNotExistIsNoOtherFile() throws IOException {
        Path data = Files.writeString(dir.resolve("data.csv"), "y,x\n1,2\n");
        Path other = Files.writeString(dir.resolve("other.csv"), "y,x\n1,2\n");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("nowhere.csv"));
        assertFalse(AtomicFiles.sameFile(data, other), "equal contents, two files");
        assertFalse(AtomicFiles.sameFile(dir.resolve("new.json"), data));
        assertFalse(AtomicFiles.sameFile(dir.resolve("new.json"), dir.resolve("new.json")));
        assertFalse(AtomicFiles.sameFile(dangling, data));
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "old");
        AtomicFiles.write(out, "new\n");
        assertEquals("new\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
