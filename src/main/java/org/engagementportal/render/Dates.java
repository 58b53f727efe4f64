package org.engagementportal.render;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as NHS.UK content style writes them: "Tuesday 3 March 2026", "9am", "2:30pm",
 * "9am to 11am". Pages show them; machines get ISO 8601 in {@code datetime} attributes.
 */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx", Locale.ROOT);

    private Dates() {
    }

    /**
     * Days as written, once each: a build writes the same few thousand days tens of thousands of times (every card,
     * listing, feed and search row), and each formatting makes garbage of its own.
     */
    private static final java.util.Map<LocalDate, String> DAYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<LocalDate, String> WEEKDAYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** "3 March 2026". */
    public static String day(LocalDate date) {
        String d = DAYS.get(date);
        if (d == null) {
            d = DAY.format(date);
            DAYS.put(date, d);
        }
        return d;
    }

    /** "Tuesday 3 March 2026". */
    public static String weekday(LocalDate date) {
        String d = WEEKDAYS.get(date);
        if (d == null) {
            d = WEEKDAY.format(date);
            WEEKDAYS.put(date, d);
        }
        return d;
    }

    /** "9am", "2:30pm", "midday", "midnight". */
    public static String time(ZonedDateTime t) {
        int h = t.getHour();
        int m = t.getMinute();
        if (m == 0 && h == 12) {
            return "midday";
        }
        if (m == 0 && h == 0) {
            return "midnight";
        }
        int h12 = h % 12 == 0 ? 12 : h % 12;
        String suffix = h < 12 ? "am" : "pm";
        return m == 0 ? h12 + suffix : h12 + ":" + String.format(Locale.ROOT, "%02d", m) + suffix;
    }

    /** When something starts or happens: "Tuesday 3 March 2026, 9am"; "Monday 7 December 2026, midnight" as it begins. */
    public static String dateTime(ZonedDateTime t) {
        return weekday(t.toLocalDate()) + ", " + time(t);
    }

    /**
     * When a consultation opens: as {@link #dateTime}, but at midnight (a date written without a time) the day alone,
     * "Monday 7 December 2026": "opens Monday 7 December 2026, midnight" was read as the Monday night, when it had been
     * open all day, and closing times say midnight for the end of a day ({@link #deadline}). An event or meeting at
     * midnight keeps its time, which was written on purpose.
     */
    public static String opens(ZonedDateTime t) {
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? weekday(t.toLocalDate()) : dateTime(t);
    }

    /**
     * When something ends (a consultation closes, a deadline passes): as {@link #dateTime}, but midnight is said with the
     * day it ends ({@link #dayOf}): "Tuesday 1 December 2026, midnight" for 2026-12-02T00:00.
     */
    public static String deadline(ZonedDateTime t) {
        return weekday(dayOf(t)) + ", " + time(t);
    }

    /**
     * The day an end is said to be on: its date, but for midnight (00:00), which ends the day before. A consultation
     * closing at 2026-12-02T00:00 "closes Tuesday 1 December 2026, midnight", and on the Tuesday it closes today: said
     * as "Wednesday 2 December, midnight", readers would take it to be open all Wednesday. A start at midnight begins
     * its own day, and is said with it.
     */
    public static LocalDate dayOf(ZonedDateTime t) {
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().minusDays(1) : t.toLocalDate();
    }

    /** "Tuesday 3 March 2026, 9am to 11am", or across days with both dates. */
    public static String range(ZonedDateTime start, ZonedDateTime end) {
        Span span = Span.of(start, java.util.Optional.of(end)); // "7pm to midnight"
        return span.starts() + " to " + span.ends();
    }

    /**
     * When, on a card in a list: the start ("Tuesday 1 December 2026, 9am"), or for something over several days the whole
     * of it, so that a fair under way on its second day is not listed under "Coming up" with yesterday's date alone.
     */
    public static String card(ZonedDateTime start, java.util.Optional<ZonedDateTime> end) {
        return end.filter(e -> dayOf(e).isAfter(start.toLocalDate())).map(e -> range(start, e)).orElseGet(() -> dateTime(start));
    }

    /** For the datetime attribute of time elements: "2026-03-03T09:00+00:00". */
    public static String iso(ZonedDateTime t) {
        return ISO_MINUTE.format(t);
    }
}
