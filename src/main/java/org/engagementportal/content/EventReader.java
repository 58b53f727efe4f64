package org.engagementportal.content;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.engagementportal.source.Fields;

/** Reads a public event. */
public final class EventReader {
    private EventReader() {
    }

    /** @param insteadPath the address of the event held in place of a cancelled one, from how it is written */
    public static Optional<Event> read(Fields f, ReadContext ctx, java.util.function.Function<String, String> insteadPath) {
        Optional<ZonedDateTime> starts = ctx.dateTime(f, "starts", null, true);
        Optional<ZonedDateTime> ends = ctx.dateTime(f, "ends", null, false);
        var venue = ctx.venue(f, "venue");
        var online = f.webLink("online", false);
        var booking = f.webLink("booking", false);
        var access = f.choices("accessibility", Access.byId());
        Optional<Cancellation> cancelled = ctx.cancellation(f, "event", "kingsmere-drop-in-april", insteadPath, starts);
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        ends.filter(e -> !e.isAfter(starts.get())).ifPresent(e -> f.error("ends", "the event "
                        + "ends (" + e.toLocalDate() + " " + e.toLocalTime() + ") "
                        + (e.equals(starts.get()) ? "at the moment it starts." : "before it starts (" + starts.get().toLocalDate() + " "
                        + starts.get().toLocalTime() + ")."),
                "Check 'starts' and 'ends': 'ends' is when it finishes, after it starts. Leave 'ends' out if it is not known."));
        if (venue.isEmpty() && online.isEmpty() && !ReadContext.venueMisshapen(f, "venue")) {
            f.error("venue", "an event needs a 'venue', an 'online' link, or both, so people know where to go.",
                    "Add venue: with the place's name, or online: with the link.");
        }
        ctx.venueWithoutAddress(f, venue, starts.get(), cancelled.isPresent(), "event");
        return Optional.of(new Event(starts.get(), ends, venue, online, booking, access, cancelled));
    }
}
