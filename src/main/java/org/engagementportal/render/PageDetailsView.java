package org.engagementportal.render;

import java.util.List;

/** What a plain page shows besides its text: its documents, each described (type, size, pages). */
public record PageDetailsView(List<DocumentView> documents) {
    public PageDetailsView {
        documents = List.copyOf(documents);
    }
}
