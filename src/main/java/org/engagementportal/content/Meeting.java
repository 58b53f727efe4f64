package org.engagementportal.content;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A meeting of the Governing Body or another committee from {@code committees.yml}.
 *
 * @param committee   the committee's id, from the folder the file is in
 * @param online      the link to join online, if it can be joined online, as written (see {@link #joinLink})
 * @param isPublic    whether the public may attend (part 1 of the agenda)
 * @param questionsBy the deadline for sending a question from the public
 * @param cancelled   when the meeting was called off, and why, if it was
 */
public record Meeting(String committee, ZonedDateTime starts, Optional<ZonedDateTime> ends, Optional<Venue> venue,
                      Optional<URI> online, boolean isPublic, Optional<ZonedDateTime> questionsBy,
                      List<AgendaItem> agenda, Optional<Minutes> minutes, Optional<Cancellation> cancelled) implements Details {

    public Meeting {
        agenda = List.copyOf(agenda);
    }

    /**
     * The link to join online as it is published: none for a meeting held in private, which anyone who saw it could join,
     * nor for one called off.
     */
    public Optional<URI> joinLink() {
        return isPublic && cancelled.isEmpty() ? online : Optional.empty();
    }

    /** When it is over: its end, or the end of its day when it gives no end (see {@link Over}). */
    public ZonedDateTime over() {
        return Over.at(starts, ends);
    }

    public static final List<String> FIELDS = List.of("committee", "starts", "ends", "venue", "online", "public",
            "questions_by", "agenda", "minutes", "cancelled");
}
