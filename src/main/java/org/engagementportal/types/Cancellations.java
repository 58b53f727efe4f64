package org.engagementportal.types;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.engagementportal.content.Cancellation;
import org.engagementportal.render.Dates;
import org.engagementportal.render.TagView;
import org.engagementportal.site.SitePage;

/** What meetings and events say alike when they are called off ({@link Cancellation}). */
final class Cancellations {
    private Cancellations() {
    }

    /** The tag on a cancelled meeting's or event's card: in listings, on the home page and in search results. */
    static final TagView TAG = new TagView("Cancelled", "red");

    /** The page of the meeting or event ({@code type}) held in place of a cancelled one, when it names one. */
    static Optional<SitePage> heldInstead(Cancellation c, org.engagementportal.site.Site site,
                                          Class<? extends org.engagementportal.content.Details> type) {
        return c.path().flatMap(site::page).filter(p -> p.document().is(type));
    }

    /**
     * What a calendar entry of a cancelled meeting or event says first, in plain text: "This meeting is cancelled.", the
     * reason, and when and where the one held instead is, then a blank line.
     *
     * @param what   "meeting", "event"
     * @param type   the type of the one held instead
     * @param starts when a page of that type starts
     */
    static <D extends org.engagementportal.content.Details> String calendarWords(String what, Cancellation c,
            org.engagementportal.site.Site site, Class<D> type, Function<SitePage, ZonedDateTime> starts) {
        StringBuilder words = new StringBuilder("This " + what + " is cancelled.");
        c.reason().ifPresent(r -> words.append(" ").append(r));
        heldInstead(c, site, type).ifPresent(other -> words.append("\n\nIt will be held instead on ")
                .append(Dates.dateTime(starts.apply(other))).append(": ").append(other.title()).append(", ")
                .append(site.config().absolute(other.path())));
        return words.append("\n\n").toString();
    }
}
