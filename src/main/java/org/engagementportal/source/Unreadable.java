package org.engagementportal.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Why a file or folder of the site could not be read, and what to do, in a comms officer's words: most often its
 * permissions (a folder copied from a shared drive, a file saved by another user), said as that rather than as the
 * system's "/home/…/content/about.md". A site's file that cannot be read is a problem with that file, reported at it with
 * the others; it is not the computer failing, nor a fault in the portal.
 */
public final class Unreadable {
    private Unreadable() {
    }

    /** What to do about a file that could not be read. */
    private static final String FILE_FIX = "Check that the file is not open in another program and that you may read it.";

    /** Why, for a file or folder the portal is not allowed to read. */
    private static final String DENIED = ", as the portal is not allowed to read it.";

    /** What to do about a file or folder the portal is not allowed to read. */
    private static final String DENIED_FIX = "Ask whoever looks after this computer to let everyone read it (on Linux or a "
            + "Mac: chmod -R a+rX followed by its name), or take a fresh copy of the site from its repository.";

    /** Whether {@code e} says the portal may not read the file, as its permissions stand. */
    public static boolean denied(IOException e) {
        if (e instanceof AccessDeniedException) {
            return true;
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        String r = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        return r.contains("permission denied") || r.contains("operation not permitted");
    }

    /**
     * Why, after "this file could not be read": "the portal is not allowed to read it.", that it is gone, or the system's
     * reason; never the file's whole path on this computer, which a file system exception's message is.
     */
    public static String why(IOException e) {
        if (denied(e)) {
            return DENIED;
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return ", as it is no longer there (it was moved or deleted while the portal read the site).";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return ", as it is not a folder.";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "." : " (the computer said: " + Excerpt.of(reason, 200) + ").";
    }

    /** An error at a file that could not be read, saying why and what to do. */
    public static void file(Problems found, Position where, IOException e) {
        found.error(where, "this file could not be read" + why(e), denied(e) ? DENIED_FIX : FILE_FIX);
    }

    /** An error at a file the portal was found not to be allowed to read, before it tried to. */
    public static void denied(Problems found, Position where) {
        found.error(where, "this file could not be read" + DENIED, DENIED_FIX);
    }

    /** An error at a folder that could not be opened: nothing in it is read or published. */
    public static void folder(Problems found, Position where, IOException e) {
        found.error(where, "this folder could not be opened" + why(e) + " Nothing in it is read or published.",
                denied(e) ? DENIED_FIX : "Check that the folder is there and that you may open it.");
    }
}
