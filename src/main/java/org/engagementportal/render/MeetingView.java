package org.engagementportal.render;

import java.util.List;

/**
 * A committee meeting as its template sees it.
 *
 * @param questionsBy the deadline for public questions while it has not passed, else null
 * @param minutes     the approved minutes, or null
 */
public record MeetingView(Link committee, String when, String startsIso, boolean upcoming, VenueView venue,
                          String online, boolean isPublic, String questionsBy, List<AgendaItemView> agenda,
                          DocumentView minutes, Link minutesPage, String minutesApproved) {

    /** {@code previousMinutes}: on the item approving the last meeting's minutes, a link to them. */
    public record AgendaItemView(String number, String title, String presenter, String purpose, DocumentView paper,
                                 int part, Link previousMinutes) {
    }
}
