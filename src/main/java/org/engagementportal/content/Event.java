package org.engagementportal.content;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A public event: a drop-in session, a workshop, an online discussion.
 *
 * @param booking   where to book a place, if booking is needed
 * @param cancelled when it was called off, and why, if it was
 */
public record Event(ZonedDateTime starts, Optional<ZonedDateTime> ends, Optional<Venue> venue, Optional<URI> online,
                    Optional<URI> booking, List<Access> accessibility, Optional<Cancellation> cancelled) implements Details {

    public Event {
        accessibility = List.copyOf(accessibility);
    }

    /** When it is over: its end, or the end of its day when it gives no end (see {@link Over}). */
    public ZonedDateTime over() {
        return Over.at(starts, ends);
    }

    public static final List<String> FIELDS = List.of("starts", "ends", "venue", "online", "booking", "accessibility", "cancelled");
}
