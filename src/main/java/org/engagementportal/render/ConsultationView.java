package org.engagementportal.render;

import java.util.List;

/**
 * A consultation as its template sees it. Strings are ready to show; null means "not given". Which parts of
 * the page apply at the build's clock is decided here, from its status, so the template only shows them.
 *
 * @param caption     what sort of consultation it is, above its title: "Formal public consultation" or "Engagement"
 * @param upcoming    true before it opens: the page says from when people can respond
 * @param closed      true once it has closed, with or without its outcome: the ways to respond are gone, and its
 *                    text is shown under "What we asked"
 * @param daysLeft    while open, the days until it closes: "Closes today", "1 day left", "12 days left"; else null
 * @param engagement  the engagement ladder rung's name and its meaning in plain words
 * @param stage       the commissioning-cycle stage in plain words
 * @param groupsIntro the words before the groups it most wants to hear from, in the tense that fits its status:
 *                    "We especially want to hear from:", and once closed "wanted"
 * @param respond     the ways to respond, shown until it closes
 * @param feedback    "you said": HTML, once published; {@code outcome} likewise "we did"
 * @param outcomeDue  while closed without an outcome, the day the outcome is due by
 * @param analysing   true while closed without an outcome, before the outcome is overdue
 * @param responseDelayed true while closed without an outcome, after the day it was due
 * @param evidence    its impact assessment, scrutiny, decision and who responded
 * @param engagementRecords the engagement records that were part of it (they name it in their 'consultation')
 */
public record ConsultationView(TagView status, String caption, boolean upcoming, boolean closed, String opens,
                               String opensIso, String closes, String closesIso, String daysLeft, String engagement,
                               String engagementMeaning, String stage, String groupsIntro, List<String> groups,
                               List<Link> areas, RespondView respond, List<DocumentView> documents, Link easyRead,
                               String feedbackDate, String feedback, String outcomeDate, String outcome,
                               String outcomeDue, boolean analysing, boolean responseDelayed, String originalBody,
                               EvidenceView evidence, List<Link> engagementRecords) {

    /**
     * Ways to respond; every field may be null, {@code events} may be empty. {@code online}, the online form,
     * is there only once the consultation is open.
     */
    /**
     * @param emailHref  the email address as a mailto: link with the consultation's title as its subject
     * @param eventsOver no event it offered to respond at is still to come (each has taken place, is cancelled or is after
     *                   it closes), and no other way is left
     */
    public record RespondView(String online, String email, String emailHref, String post, String phone, String phoneHref,
                              List<Link> events, boolean eventsOver) {
    }
}
