package org.engagementportal.content;

import java.util.List;

/**
 * A plain page: the common fields, and documents published with it (an annual report, a strategy), which get the
 * same checks as a consultation's: the file must exist, and a PDF is read for its pages, title, language and tags.
 */
public record Page(List<Attachment> documents) implements Details {

    public Page {
        documents = List.copyOf(documents);
    }

    /** A page with no documents. */
    public Page() {
        this(List.of());
    }

    public static final List<String> FIELDS = List.of("documents");
}
