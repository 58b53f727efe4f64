package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets without splitting a
 * character, text values escaped. Times are written in the site's time zone ({@code timezone} in site.yml)
 * with its VTIMEZONE, so calendars show them right on both sides of a clock change.
 */
final class ICalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final StringBuilder out = new StringBuilder(4096);
    private final ZoneId zone;

    /** A calendar whose events are written in {@code zone}, the site's time zone, described by its VTIMEZONE. */
    ICalendar(String name, String description, ZoneId zone) {
        this.zone = zone;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//engagement-portal//portal//EN");
        line("CALSCALE:GREGORIAN");
        // No METHOD: with METHOD:PUBLISH, iTIP (RFC 5546) asks each event for an ORGANIZER and the file's Content-Type for
        // the same method, neither of which a subscribed calendar of public events has. A calendar without METHOD is
        // read as published events by calendar programs, and is valid iCalendar (RFC 5545) as it is.
        text("X-WR-CALNAME", name);
        text("X-WR-CALDESC", description);
        line("X-WR-TIMEZONE:" + zone.getId());
        VTimeZone.lines(zone).forEach(this::line);
    }

    /**
     * One event; {@code end} may be null, {@code location} and {@code description} may be null. A cancelled one keeps its
     * UID and is marked STATUS:CANCELLED, and its summary says so for the programs that show cancelled events anyway. No
     * SEQUENCE is given, as before: one given only while cancelled would go back down if the meeting were put back on,
     * which RFC 5545 does not allow; its DTSTAMP says which version is newer.
     */
    void event(String uid, ZonedDateTime stamp, ZonedDateTime start, ZonedDateTime end, String summary, String location,
               String description, String url, boolean cancelled) {
        line("BEGIN:VEVENT");
        text("UID", uid);
        line("DTSTAMP:" + UTC.format(stamp.withZoneSameInstant(ZoneOffset.UTC)));
        line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start.withZoneSameInstant(zone)));
        if (end != null) {
            line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end.withZoneSameInstant(zone)));
        }
        text("SUMMARY", cancelled ? "Cancelled: " + summary : summary);
        if (cancelled) {
            line("STATUS:CANCELLED");
        }
        if (location != null) {
            text("LOCATION", location);
        }
        if (description != null) {
            text("DESCRIPTION", description);
        }
        line("URL:" + url);
        line("END:VEVENT");
    }

    byte[] bytes() {
        line("END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void text(String name, String value) {
        line(name + ":" + escape(value));
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends a content line, folded so no physical line is longer than 75 octets. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // its length in UTF-8
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
