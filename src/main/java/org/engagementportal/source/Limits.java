package org.engagementportal.source;

/**
 * How much the portal reads from one content file. Past these limits a file is reported, at its line, in
 * words a writer can act on, instead of being read: so no file, however large or strangely written, can
 * make a build slow down out of proportion to its size, run out of memory or crash. The Markdown file size
 * is set in site.yml ({@code limits: file_size: 2 MB}); the rest are fixed, far above what any real page
 * needs.
 *
 * @param fileBytes the largest Markdown file, in bytes
 */
public record Limits(long fileBytes) {
    /** A Markdown file larger than this is not read: 2 MB, a hundred times a long consultation page. */
    public static final long DEFAULT_FILE_BYTES = 2L * 1024 * 1024;
    /** The most {@code limits: file_size} may be set to. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The longest line, in characters (an editor's "paragraph on one line" is rarely over 2,000). */
    public static final int LINE_LENGTH = 10_000;
    /** Lists and block quotes inside each other, at most. */
    public static final int NESTING = 10;
    /** The most front matter (or data file) in bytes of YAML, and its deepest nesting of groups and lists. */
    public static final int YAML_BYTES = 512 * 1024;
    public static final int YAML_NESTING = 20;
    /**
     * The most formatting marks (* _ [ ] ` < & ! and quotes) in one paragraph, heading or table cell. Working
     * out which marks pair up takes time that grows faster than the paragraph, so a limit here keeps every
     * page's build time in proportion to its length.
     */
    public static final int MARKS_PER_PARAGRAPH = 300;
    /**
     * HTML tags inside each other, at most, in one block of HTML or one paragraph, heading or table cell. Every
     * later step (the allow-list's clean-up, the page's checks, the reader's browser) takes time for each tag in
     * proportion to how deep it is, so a page of tags opened and never closed took time that grew with the square
     * of its length.
     */
    public static final int HTML_NESTING = 100;
    /** The most lines in one block of text (a paragraph, a table) with no blank line in it. */
    public static final int LINES_PER_BLOCK = 1_000;

    public static final Limits DEFAULT = new Limits(DEFAULT_FILE_BYTES);

    public Limits {
        Validate.isTrue(fileBytes > 0 && fileBytes <= MAX_FILE_BYTES, "file size limit out of range");
    }

    /** "2 MB", "512 KB": a size as people write it. */
    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.UK, "%,d KB", (bytes + 1023) / 1024);
        }
        return bytes + " bytes";
    }
}
