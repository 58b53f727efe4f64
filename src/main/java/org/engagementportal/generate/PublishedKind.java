package org.engagementportal.generate;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.engagementportal.content.Details;
import org.engagementportal.render.ShownKind;
import org.engagementportal.site.SitePage;

/**
 * What a type of content adds to the outputs besides its pages: the part of a type's definition the
 * generators use (see {@link org.engagementportal.content.ContentKind}): its calendar entries and the text of
 * its feed announcements.
 */
public interface PublishedKind<D extends Details> extends ShownKind<D> {

    /** Its entry in the site's calendars, if it happens at a time (a meeting, an event). */
    Optional<CalendarEntry> calendar(D details, SitePage page, BuildContext ctx);

    /**
     * The HTML of a feed entry announcing something that happened to a page of this type ({@code announces}:
     * "closing-soon", "papers"), as its type's feeds planned it. Never asked for the page's own entry.
     */
    String announcement(String announces, D details, SitePage page, BuildContext ctx);

    /**
     * A calendar entry.
     *
     * @param group       the group whose own calendar it is also in (a meeting's committee), if any
     * @param cancelled   the day it was called off, if it was
     * @param description plain text: what it is, how to join, where the details are
     */
    record CalendarEntry(ZonedDateTime starts, Optional<ZonedDateTime> ends, String location, String description,
                         Optional<String> group, Optional<java.time.LocalDate> cancelled) {

        /** An entry for what goes ahead. */
        public CalendarEntry(ZonedDateTime starts, Optional<ZonedDateTime> ends, String location, String description,
                             Optional<String> group) {
            this(starts, ends, location, description, group, Optional.empty());
        }
    }

    /** "Kingsmere Library, 1 High Street, Kingsmere", "Online", or null. */
    static String location(Optional<org.engagementportal.content.Venue> venue, Optional<URI> online) {
        if (venue.isEmpty()) {
            return online.isEmpty() ? null : "Online";
        }
        var v = venue.get();
        return v.address().map(a -> v.name() + ", " + a.strip().replace("\n", ", ")).orElse(v.name());
    }
}
