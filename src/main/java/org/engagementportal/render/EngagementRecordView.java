package org.engagementportal.render;

import java.util.List;

/**
 * An engagement record as its template sees it: strings ready to show, null for "not given".
 *
 * @param listHref the listing of all engagement records
 * @param upcoming true before it takes place: then it says nothing of what people said
 * @param reached  the groups it reached, each with who is in it
 * @param heard    what people said, as HTML
 * @param did      what was done, as HTML, with {@code didDate}
 */
public record EngagementRecordView(String listHref, String when, String whenIso, boolean upcoming, String activity, String rung, String rungMeaning,
                                   String stage, List<GroupView> reached, String people, String heard, String didDate,
                                   String didIso, String did, Link consultation, Link event) {

    public EngagementRecordView {
        reached = List.copyOf(reached);
    }

    /** A group from groups.yml: its name, who is in it, and the engagement listing filtered by it. */
    public record GroupView(String name, String description, String href) {
    }
}
