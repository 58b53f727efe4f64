package org.engagementportal.config;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * site.yml's {@code alert}: an urgent notice ("our Eastbrook office is closed") shown at the top of every page
 * from {@code starts} until {@code ends}, in the site's time zone. Its start and end are moments like a
 * consultation's closing: the site changes by itself then, so the build must run again.
 */
public record SiteAlert(String text, ZonedDateTime starts, Optional<ZonedDateTime> ends) {

    /** What a build at {@code now} shows: the alert from its start (inclusive) until its end (exclusive). */
    public boolean shownAt(ZonedDateTime now) {
        return !now.isBefore(starts) && ends.map(now::isBefore).orElse(true);
    }

    /** When the alert appears and, if it has an end, disappears. */
    public List<Moment> moments() {
        List<Moment> out = new ArrayList<>();
        out.add(new Moment(starts, "alert-shown"));
        ends.ifPresent(e -> out.add(new Moment(e, "alert-removed")));
        return out;
    }

    /** A moment the alert changes the site, and what happens ("alert-shown"). */
    public record Moment(ZonedDateTime at, String change) {
    }
}
