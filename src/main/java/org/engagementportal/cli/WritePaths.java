package org.engagementportal.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files and folders a command will write, named by the user, checked before it does any work: a folder given for a
 * file, a file given for a folder, or a place inside a file is wrong usage (exit code 2), said at once, and not an
 * internal failure after a whole audit has run. A folder that does not exist yet is made when it is written.
 */
final class WritePaths {
    private WritePaths() {
    }

    /** {@code file}, given with {@code option}, can be written as a file; {@code usual} is the name it usually has. */
    static void file(Path file, String option, String usual) {
        if (Files.isDirectory(file)) {
            throw new UsageProblem(option + " " + file + " is a folder: give the name of a file to write, such as "
                    + file.resolve(usual) + ".");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new UsageProblem(option + " " + file + " cannot be written (it is read-only). Give another file.");
        }
        inside(file, option);
    }

    /** {@code folder}, given with {@code option}, can be written as a folder. */
    static void folder(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageProblem(option + " " + folder + " is a file, not a folder. Give a folder (it is made if it does not exist).");
        }
        inside(folder, option);
    }

    /** The nearest part of the path that exists must be a folder. */
    private static void inside(Path path, String option) {
        org.engagementportal.pipeline.Pipeline.fileAbove(path).ifPresent(file -> {
            throw new UsageProblem(option + " " + path + " would be inside " + file + ", which is a file, not a folder.");
        });
    }
}
