package org.engagementportal.types;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.engagementportal.content.ContentKind.Disagreement;
import org.engagementportal.render.Dates;

/** What the types ask alike of a version of a page (easy read, a translation): that its times are its page's. */
final class Versions {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private Versions() {
    }

    /**
     * A version's time that is not its page's, such as a consultation's closing time moved on the page and not in its
     * easy-read version: "says the consultation closes at 11:59pm on Monday 11 January 2027", with the fix to write the
     * page's time.
     *
     * @param field "closes", which is also what the thing does at the time ("the consultation closes")
     * @param what  "the consultation"
     */
    static Optional<Disagreement> time(String field, String what, ZonedDateTime page, ZonedDateTime version) {
        return time(field, what, Optional.of(page), Optional.of(version));
    }

    /** {@link #time(String, String, ZonedDateTime, ZonedDateTime)} for a time that may be left out (an end). */
    static Optional<Disagreement> time(String field, String what, Optional<ZonedDateTime> page, Optional<ZonedDateTime> version) {
        if (page.map(ZonedDateTime::toInstant).equals(version.map(ZonedDateTime::toInstant))) {
            return Optional.empty();
        }
        boolean end = field.equals("closes") || field.equals("ends");
        String versionSays = version.map(t -> "says " + what + " " + field + " " + when(t, end)).orElse("gives no '" + field + "' time");
        String pageSays = page.map(t -> "says it " + field + " " + when(t, end)).orElse("gives no '" + field + "' time");
        String fix = page.map(t -> "Give it the page's " + field + ": " + field + ": " + WRITTEN.format(t) + ".")
                .orElse("Remove its " + field + " line, as the page's own file has none.");
        return Optional.of(new Disagreement(field, versionSays, pageSays, fix));
    }

    /** "at 9am on Monday 7 December 2026"; an end at midnight with the day it ends. */
    private static String when(ZonedDateTime t, boolean end) {
        return "at " + Dates.time(t) + " on " + Dates.weekday(end ? Dates.dayOf(t) : t.toLocalDate());
    }
}
