package org.engagementportal.content;

import java.util.List;

/**
 * A plain page: the common fields, and documents published with it (an annual report, a strategy), which get the
 * same checks as a consultation's: the file must exist, and a PDF is read for its pages, title, language and tags.
 *
 * @param notAccessible on the accessibility statement only, the content its owner knows is not accessible
 * @param prepared      on the accessibility statement only, when it was first prepared, as the model statement says
 */
public record Page(List<Attachment> documents, List<KnownProblem> notAccessible, java.util.Optional<java.time.LocalDate> prepared)
        implements Details {

    public Page {
        documents = List.copyOf(documents);
        notAccessible = List.copyOf(notAccessible);
    }

    /** A page with documents, as every page but the accessibility statement is. */
    public Page(List<Attachment> documents) {
        this(documents, List.of(), java.util.Optional.empty());
    }

    /** A page with no documents. */
    public Page() {
        this(List.of());
    }

    public static final List<String> FIELDS = List.of("documents");

    /** The accessibility statement's own fields: its list ({@link org.engagementportal.content.KnownProblem}), when it was prepared. */
    public static final String NOT_ACCESSIBLE = "not_accessible";
    public static final String PREPARED = "prepared";
}
