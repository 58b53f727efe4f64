package org.engagementportal.cli;

import java.util.Locale;
import org.engagementportal.source.Causes;

/**
 * Java running out of the memory it was given (its heap): the computer's limit, not a bug in the portal or a mistake
 * in the content, so said in plain words with what to do, and no stack trace (exit code 3, as for a full disk). The
 * portal makes the largest pages one at a time where memory is short (see {@code source.HeapShare}), but a page of
 * megabytes of tables can need more than half a gigabyte while it is made.
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** Whether {@code e} is, or was caused by, Java running out of memory. */
    static boolean in(Throwable e) {
        return Causes.find(e, OutOfMemoryError.class).isPresent();
    }

    /** What to tell the person who ran the command, ending with what became of the output ({@code published}). */
    static String said(String published) {
        return said(published, "bin/portal build");
    }

    /** {@link #said(String)} for the command the person ran ({@code portal serve}). */
    static String said(String published, String command) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String more = mb >= 3 * 1024 ? String.format(Locale.ROOT, "%dg", mb / 1024 + 2) : "3g";
        return "portal: Java ran out of memory: it may use at most " + mb + " MB here, and the site needed more. "
                + "This is the computer's limit, not a mistake in your content or the portal. Very large pages need the most "
                + "(a page of 2 MB of tables needs about 600 MB while it is made). Give Java more memory, for example "
                + "PORTAL_JAVA_OPTS=-Xmx" + more + " " + command + " (a computer with 4 GB lets Java use 1 GB unless told), "
                + "or split the largest pages into smaller ones. " + published;
    }
}
