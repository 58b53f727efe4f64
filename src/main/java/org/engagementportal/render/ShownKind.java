package org.engagementportal.render;

import java.util.List;
import org.engagementportal.content.Details;
import org.engagementportal.site.ListedKind;
import org.engagementportal.site.SitePage;

/**
 * How a type of content is shown: the part of a type's definition the render stage uses (see
 * {@link org.engagementportal.content.ContentKind}): its template, the view of its own fields that the
 * template shows, and the facts on its card in listings.
 */
public interface ShownKind<D extends Details> extends ListedKind<D> {

    /** Its template's name under templates/, without ".ftlh": "consultation". */
    String template();

    /** The view of its own fields for its template ({@code page.details}), or null when it has none. */
    Object view(D details, SitePage page, Views views);

    /**
     * What it is for search engines, as schema.org data ({@link StructuredData}): an event or a meeting says when
     * and where it is. Most types are articles with nothing to add, so this is empty unless a type says otherwise.
     */
    default java.util.Optional<java.util.Map<String, Object>> structuredData(D details, SitePage page, Views views) {
        return java.util.Optional.empty();
    }

    /** What its card in a listing shows besides the title and summary. */
    Card card(D details, SitePage page, Views views);

    /** The facts on a card ("Closes 31 March 2026 (12 days left)"), and a status tag or null. */
    record Card(List<String> facts, TagView tag) {
        public Card {
            facts = facts.stream().filter(f -> f != null && !f.isEmpty()).toList();
        }
    }
}
