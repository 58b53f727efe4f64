package org.engagementportal.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A meeting or event called off after it was announced: its page stays (people have it in their calendars, bookmarks
 * and printed agendas) and says so, where deleting the file took the page and the calendar entry away with no word.
 *
 * @param on      the day it was called off, which dates a meeting's entry in its committee's feed
 * @param reason  why, in a sentence, when the file gives it
 * @param instead the meeting or event held in its place, as written ("governing-body/2026-03-19"), when there is one
 * @param path    its address ("/governing-body/2026-03-19/"), when there is one
 */
public record Cancellation(LocalDate on, Optional<String> reason, Optional<String> instead, Optional<String> path) {

    /** The fields of the {@code cancelled} group. */
    public static final java.util.List<String> FIELDS = java.util.List.of("on", "reason", "instead");
}
