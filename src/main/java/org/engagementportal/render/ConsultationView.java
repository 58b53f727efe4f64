package org.engagementportal.render;

import java.util.List;

/**
 * A consultation as its template sees it. Strings are ready to show; null means "not given".
 *
 * @param daysLeft    while open, the days until it closes: "Closes today", "1 day left", "12 days left"; else null
 * @param engagement  the engagement ladder rung's name and its meaning in plain words
 * @param stage       the commissioning-cycle stage in plain words
 * @param respond     the ways to respond, shown while it is open or upcoming
 * @param feedback    "you said": HTML, once published; {@code outcome} likewise "we did"
 */
public record ConsultationView(TagView status, String statusId, String opens, String opensIso, String closes,
                               String closesIso, String daysLeft, boolean formal, String engagement,
                               String engagementMeaning, String stage, List<String> groups, List<Link> areas,
                               RespondView respond, List<DocumentView> documents, Link easyRead,
                               String feedbackDate, String feedback, String outcomeDate, String outcome,
                               String outcomeDue, boolean responseDelayed, String originalBody) {

    /** Ways to respond; every field may be null, {@code events} may be empty. */
    public record RespondView(String online, String email, String post, String phone, String phoneHref,
                              List<Link> events) {
    }
}
