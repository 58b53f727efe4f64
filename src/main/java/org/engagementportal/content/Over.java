package org.engagementportal.content;

import java.time.ZonedDateTime;
import java.util.Optional;

/** When a meeting or an event is over. */
final class Over {
    private Over() {
    }

    /**
     * Its end; or, when it gives none ({@code ends} may be left out), the end of the day it starts on, in its own time
     * zone: a drop-in or a meeting with no end time is under way after it starts, not over a minute later.
     */
    static ZonedDateTime at(ZonedDateTime starts, Optional<ZonedDateTime> ends) {
        return ends.orElseGet(() -> starts.toLocalDate().plusDays(1).atStartOfDay(starts.getZone()));
    }
}
