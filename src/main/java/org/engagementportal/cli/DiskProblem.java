package org.engagementportal.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * A failure of the computer the portal runs on, not of the portal or the content: a disk that is full or read-only, a
 * file the user may not change. Said in plain words with what to do, and no stack trace (exit code 3, as README's table
 * has for "the disk failing"), where it was reported as a problem in the portal itself, to be reported.
 *
 * @param file   the file or folder the portal was writing, or empty when the system did not say
 * @param reason the system's words for it ("No space left on device")
 * @param advice what to do, in words
 */
record DiskProblem(Optional<String> file, String reason, String advice) {

    /** The computer's failure behind {@code e}, if it is one. */
    static Optional<DiskProblem> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof IOException io)) {
                continue;
            }
            String reason = io instanceof FileSystemException fs ? fs.getReason() : io.getMessage();
            // A move or copy names the file it was writing second.
            Optional<String> file = io instanceof FileSystemException fs
                    ? Optional.ofNullable(fs.getOtherFile()).or(() -> Optional.ofNullable(fs.getFile())) : Optional.empty();
            String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
            if (r.contains("no space left") || r.contains("disk quota exceeded")) {
                return Optional.of(new DiskProblem(file, reason, "Free some space on that disk, or build into a folder on "
                        + "another one with --out."));
            }
            if (r.contains("read-only file system")) {
                return Optional.of(new DiskProblem(file, reason, "That disk can only be read: build into a folder on another "
                        + "one with --out."));
            }
            if (org.engagementportal.source.Unreadable.denied(io)) {
                return Optional.of(new DiskProblem(file, reason == null ? "permission denied" : reason, "You are not allowed to "
                        + "change it: build into a folder you may write to with --out, or ask for the right to change that one."));
            }
        }
        return Optional.empty();
    }
}
