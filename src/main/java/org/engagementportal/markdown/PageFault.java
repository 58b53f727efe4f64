package org.engagementportal.markdown;

import java.util.Optional;

/**
 * The Markdown reader (flexmark, or a reader of ours) failed on a page's text: a fault of the portal's, never a mistake
 * of the writer's, so the command stops as for any fault (exit code 3, with the details to report). It carries the
 * page, so that the report says which of the site's pages holds the text, and whoever sees it can get past it by
 * changing that page until the fault is mended; without it, a fault found this way (a table whose rows were indented
 * by tabs, see {@link FastTables}) named no page at all.
 */
public final class PageFault extends RuntimeException {
    private final String source;
    private final int firstLine;

    /** @param source the content file ("content/consultations/dental.md"), or null when not known */
    PageFault(String source, int firstLine, RuntimeException cause) {
        super("the Markdown reader failed on " + (source == null ? "a page's text" : source) + " (its text from line "
                + firstLine + ")", cause);
        this.source = source;
        this.firstLine = firstLine;
    }

    /** The content file, when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The line of the file its text starts on. */
    public int firstLine() {
        return firstLine;
    }

    /** What to tell the person who ran the command, after saying the portal failed. */
    public String advice() {
        return "It failed while reading " + (source == null ? "the text of a page" : source) + " (from line " + firstLine
                + "). Until it is mended, changing that part of the page may let the build go on.";
    }

    /** The first {@code PageFault} in {@code e} or its causes, if any. */
    public static Optional<PageFault> in(Throwable e) {
        return org.engagementportal.source.Causes.find(e, PageFault.class);
    }
}
