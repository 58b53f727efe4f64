package org.engagementportal.markdown;

import java.util.List;

/**
 * Markdown turned into HTML.
 *
 * @param headings the second-level headings, for a contents list
 */
public record Rendered(String html, List<Heading> headings) {

    public Rendered {
        headings = List.copyOf(headings);
    }

    public record Heading(String id, String text) {
    }
}
