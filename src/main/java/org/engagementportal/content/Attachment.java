package org.engagementportal.content;

import org.engagementportal.attachments.FileFacts;
import org.engagementportal.source.Position;

/**
 * A file published with a page: a consultation document, a meeting paper, minutes.
 *
 * @param file the file's path under {@code content/}, resolved from what the front matter said
 * @param at    where the front matter names it, so a missing file is reported there
 * @param facts what the file says about itself: size, and for a PDF its pages, title, language and tags
 */
public record Attachment(String title, String file, Position at, FileFacts facts) {

    /** The file's extension in lower case, "pdf". */
    public String extension() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
