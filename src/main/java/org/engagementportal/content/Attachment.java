package org.engagementportal.content;

import org.engagementportal.attachments.FileFacts;
import org.engagementportal.source.Position;

/**
 * A file published with a page: a consultation document, a meeting paper, minutes.
 *
 * @param file the file's path under {@code content/}, resolved from what the front matter said
 * @param at    where the front matter names it, so a missing file is reported there
 * @param facts what the file says about itself: size, and for a PDF its pages, title, language and tags
 * @param web   the page of this site with the same text, when there is one (a document's {@code page:})
 */
public record Attachment(String title, String file, Position at, FileFacts facts, java.util.Optional<WebVersion> web) {

    /** A file with no web page version. */
    public Attachment(String title, String file, Position at, FileFacts facts) {
        this(title, file, at, facts, java.util.Optional.empty());
    }

    /**
     * The page with a document's text, for those who cannot use the file (a screen reader with an untagged PDF, a
     * phone, large text).
     *
     * @param path    its page's address, "/about/annual-report-2025-26/"
     * @param written as written in the front matter
     * @param field   where it is written, "documents.1.page"
     * @param part    the part of the page it links to, "#summary", or ""
     */
    public record WebVersion(String path, String written, String field, String part) {
    }

    /** Whether it is a PDF. */
    public boolean isPdf() {
        return extension().equals("pdf");
    }

    /** The file's extension in lower case, "pdf". */
    public String extension() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
