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

    /**
     * Whether the meeting or event named as held instead of a cancelled one can be: not cancelled too (readers would be sent
     * from one to another), and not held before this one was called off (a slip such as the last meeting's file name).
     *
     * @param what        "meeting", "event"
     * @param other       the one named: whether it is cancelled, and when it starts
     */
    static Optional<org.engagementportal.content.ContentKind.Unmet> unfitInstead(String what, Cancellation c,
                                                                               Optional<Cancellation> other, ZonedDateTime otherStarts) {
        if (other.isPresent()) {
            return Optional.of(new org.engagementportal.content.ContentKind.Unmet("the " + what + " named as held instead is "
                    + "cancelled too, so readers would be sent from one cancelled " + what + " to another.",
                    "Name the " + what + " that will be held, or remove the 'instead' line.", false));
        }
        if (otherStarts.toLocalDate().isBefore(c.on())) {
            return Optional.of(new org.engagementportal.content.ContentKind.Unmet("the " + what + " named as held instead was on "
                    + otherStarts.toLocalDate() + ", before this one was called off (" + c.on() + ").",
                    "Name the " + what + " held in its place, after " + c.on() + ", or remove the 'instead' line.", false));
        }
        return Optional.empty();
    }

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
