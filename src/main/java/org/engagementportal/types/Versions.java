package org.engagementportal.types;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
        // The line to type on a line of its own, with nothing after it: "closes: 2026-06-01T17:00." would not be a time.
        String fix = page.map(t -> "Give it the page's time, as the page's file has it:\n" + field + ": " + WRITTEN.format(t))
                .orElse("Remove its " + field + " line, as the page's own file has none.");
        return Optional.of(new Disagreement(field, versionSays, pageSays, fix));
    }

    /**
     * A version's setting that must be its page's as written, whatever the language (a link to join a meeting): "gives the
     * link to join online as https://...", with the fix to write the page's.
     *
     * @param field the setting as written in the file, "online"
     * @param what  "the link to join online"
     */
    static Optional<Disagreement> same(String field, String what, Optional<?> page, Optional<?> version) {
        if (page.map(Object::toString).equals(version.map(Object::toString))) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement(field, version.map(v -> "gives " + what + " as " + v).orElse("gives no " + what),
                page.map(v -> "gives " + v).orElse("gives none"),
                page.map(v -> "Write it as the page's file has it:\n" + field + ": " + v)
                        .orElse("Remove its " + field + " line, as the page's own file has none.")));
    }

    /**
     * Where a version says otherwise than its page that a meeting or event is cancelled: on another day (or not at all),
     * with another one held instead (or none), or with no reason where the page gives one (a warning: the reason is the
     * version's own words, but its readers should have one).
     */
    static List<Disagreement> cancelled(String what, Optional<org.engagementportal.content.Cancellation> page,
                                        Optional<org.engagementportal.content.Cancellation> version) {
        Optional<java.time.LocalDate> pageOn = page.map(org.engagementportal.content.Cancellation::on);
        Optional<java.time.LocalDate> own = version.map(org.engagementportal.content.Cancellation::on);
        if (!pageOn.equals(own)) {
            return List.of(new Disagreement("cancelled",
                    own.map(d -> "says the " + what + " was cancelled on " + d).orElse("does not say the " + what + " is cancelled"),
                    pageOn.map(d -> "says it was cancelled on " + d).orElse("says it goes ahead"),
                    pageOn.map(d -> "Add the 'cancelled' group with on: " + d + ", as the " + what + "'s own file has it, and the reason "
                            + "in this version's words, so its readers do not come to a " + what + " that will not be held.")
                            .orElse("Remove the 'cancelled' group, or cancel the " + what + " in its own file too."), false));
        }
        if (page.isEmpty()) {
            return List.of();
        }
        var p = page.get();
        var v = version.get();
        List<Disagreement> found = new java.util.ArrayList<>();
        if (!p.path().equals(v.path())) {
            found.add(new Disagreement(v.instead().isPresent() ? "cancelled.instead" : "cancelled",
                    v.instead().map(i -> "names " + i + " as the " + what + " held instead").orElse("names no " + what + " held instead"),
                    p.instead().map(i -> "names " + i).orElse("names none"),
                    p.instead().map(i -> "Write it as the " + what + "'s own file has it:\n  instead: " + i)
                            .orElse("Remove its 'instead' line, as the " + what + "'s own file has none."), false));
        }
        if (p.reason().isPresent() && v.reason().isEmpty()) {
            found.add(new Disagreement("cancelled", "does not say why the " + what + " is cancelled", "does",
                    "Add a 'reason' line to its 'cancelled' group, in this version's words.", true));
        }
        return found;
    }

    /**
     * A version's place that is not its page's, by its postcode (the name and the rest of the address may be written in the
     * version's language; the postcode is the same in any): a meeting or event moved on its page and not in its versions
     * sends their readers to the old place. A warning: the page's file is the one to check.
     */
    static Optional<Disagreement> place(String what, Optional<org.engagementportal.content.Venue> page,
                                        Optional<org.engagementportal.content.Venue> version) {
        Optional<String> pagePostcode = page.flatMap(Versions::postcode);
        if (pagePostcode.isEmpty() || version.flatMap(Versions::postcode).equals(pagePostcode)) {
            return Optional.empty();
        }
        String pageName = page.get().name();
        return Optional.of(new Disagreement("venue", version.flatMap(Versions::postcode)
                .map(p -> "gives the place of " + what + " as " + version.get().name() + ", " + p)
                .orElse(version.isPresent() ? "gives the place of " + what + " without its postcode" : "gives no place for " + what),
                "gives " + pageName + ", " + pagePostcode.get(), "Give it the page's place, with its address and postcode as the "
                + "page's file has them (the name and how to get in may be in the version's language).", true));
    }

    private static Optional<String> postcode(org.engagementportal.content.Venue venue) {
        java.util.regex.Matcher m = org.engagementportal.source.Postcodes.UK.matcher(
                venue.address().orElse(venue.name()).toUpperCase(java.util.Locale.ROOT));
        return m.find() ? Optional.of(m.group().replace(" ", "").replaceFirst("(...)$", " $1")) : Optional.empty();
    }

    /**
     * A version's agenda whose items or papers are not its page's (an item taken off the page's agenda and left on the
     * version's, a paper replaced): its readers are told of another meeting. The titles are the version's own words.
     */
    static Optional<Disagreement> agenda(List<org.engagementportal.content.AgendaItem> page,
                                         List<org.engagementportal.content.AgendaItem> version) {
        List<String> pageItems = page.stream().map(Versions::item).toList();
        List<String> versionItems = version.stream().map(Versions::item).toList();
        if (pageItems.equals(versionItems)) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement("agenda", versionItems.isEmpty() ? "has no agenda items"
                : "has the items " + String.join(", ", versionItems), "has "
                + (pageItems.isEmpty() ? "none" : String.join(", ", pageItems)), "Give it the page's items, with the same numbers "
                + "and papers (their titles in the version's words).", true));
    }

    private static String item(org.engagementportal.content.AgendaItem item) {
        return item.number() + item.paper().map(p -> " (" + p.file().substring(p.file().lastIndexOf('/') + 1) + ")").orElse("");
    }

    /** How a version's dated report (a consultation's outcome or feedback, a record's "we did") is named in its disagreements. */
    record Said(String field, String has, String hasNone, String pageHas, String dates, String published, String add) {
    }

    /**
     * A version's dated report against its page's: written in the version's own words, so not compared, but published on
     * the page's date, which changes what the page says (a consultation's status). One left without it tells its readers,
     * the easy-read ones least able to check, that it is still to come (a warning); one with it before the page, or on
     * another date, would say "still analysing" while the page says "outcome published", or publish it first (an error).
     */
    static void report(Said said, Optional<org.engagementportal.content.Report> page,
                       Optional<org.engagementportal.content.Report> version, List<Disagreement> found) {
        if (page.isPresent() && version.isEmpty()) {
            String day = page.get().date().toString();
            found.add(new Disagreement(said.field(), said.hasNone(), said.pageHas().formatted(day), said.add().formatted(day), true));
        } else if (page.isEmpty() && version.isPresent()) {
            found.add(new Disagreement(said.field(), said.has(), "has none yet, so this version would publish " + said.published()
                    + " before the page does", "Take the " + said.field() + " out of this version until the page has its own, or "
                    + "add the page's first."));
        } else if (page.isPresent() && !page.get().date().equals(version.get().date())) {
            found.add(new Disagreement(said.field() + ".date", said.dates() + " " + version.get().date(), "dates it "
                    + page.get().date() + ", the day it is published", "Give it the page's date:\n  date: " + page.get().date()));
        }
    }

    /** {@link #same} for a time, as the file writes it: a deadline for questions. */
    static Optional<Disagreement> sameTime(String field, String what, Optional<ZonedDateTime> page, Optional<ZonedDateTime> version) {
        return same(field, what, page.map(WRITTEN::format), version.map(WRITTEN::format));
    }

    /** "at 9am on Monday 7 December 2026"; an end at midnight with the day it ends. */
    private static String when(ZonedDateTime t, boolean end) {
        return "at " + Dates.time(t) + " on " + Dates.weekday(end ? Dates.dayOf(t) : t.toLocalDate());
    }
}
