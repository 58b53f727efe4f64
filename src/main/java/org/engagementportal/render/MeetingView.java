package org.engagementportal.render;

import java.util.List;

/**
 * A committee meeting as its template sees it.
 *
 * @param online        the link to join online while the meeting is still to come, else null
 * @param openToPublic  whether the public may come, in words: "Yes, the whole meeting.", "Yes. Items in part 2 are
 *                      discussed in private." or "No, this meeting is held in private."
 * @param questionsBy   the deadline for public questions while it has not passed, else null
 * @param publicAgenda  the items of part 1, held in public, in the agenda's order
 * @param privateAgenda the items of part 2, held in private once part 1 is over, in the agenda's order; they are
 *                      listed after part 1's
 * @param minutes       the approved minutes, or null
 * @param cancelled     when the meeting was called off, why and the meeting held instead, or null when it goes ahead
 * @param span          its start and end, each for its own time element ({@code when} says both in one)
 */
public record MeetingView(Link committee, String when, String startsIso, VenueView venue, String online,
                          String openToPublic, String questionsBy, List<AgendaItemView> publicAgenda,
                          List<AgendaItemView> privateAgenda, DocumentView minutes, Link minutesPage,
                          String minutesApproved, CancelledView cancelled, Span span) {

    /**
     * {@code previousMinutes}: on the item approving the last meeting's minutes, a link to them; {@code decided}: the
     * consultations whose decision was made at this item (they name it in their 'decision'); {@code titleAsPage},
     * {@code presenterAsPage}: on a translation, that they are the page's own words, left untranslated, so marked as the
     * site's language (see {@link VenueView}).
     */
    public record AgendaItemView(String number, String title, String presenter, String purpose, DocumentView paper,
                                 Link previousMinutes, List<Link> decided, boolean titleAsPage, boolean presenterAsPage) {
        public AgendaItemView {
            decided = List.copyOf(decided);
        }
    }
}
