package org.hessianworkbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.hessianworkbench.derivatives.error.BadInputException;

/** Writes files atomically: a temporary file in the same directory, then a move over the target. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target}.
     *
     * @throws BadInputException naming the file when its directory does not exist or cannot be written
     */
    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(ReportMessages.OUTPUT_DIRECTORY_MISSING, target, dir);
        }
        Path tmp = null;
        try {
            // a new file with the usual permissions (createTempFile would make it owner-only)
            tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new BadInputException(e, ReportMessages.OUTPUT_NOT_WRITTEN, target, e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: the target was not touched
                }
            }
        }
    }

    /**
     * Whether two paths name the same existing file: symbolic links are followed and hard links
     * recognised ({@link Files#isSameFile}). A path that does not exist (yet) is never the same
     * file as another: it cannot be an input.
     *
     * @param a a path (not modified)
     * @param b another
     * @return true when both exist and are one file
     */
    public static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes UTF-8 text to {@code target}. */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
