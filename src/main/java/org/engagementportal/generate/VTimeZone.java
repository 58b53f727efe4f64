package org.engagementportal.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * The VTIMEZONE component (RFC 5545, 3.6.5) of a time zone, written from Java's time zone database so that a
 * calendar program shows its events right on both sides of every clock change, whatever its own database says.
 *
 * <p>A zone that still changes its clocks each year (Europe/London, America/New_York) gets one observance per
 * yearly change, with a recurrence rule, from the first year that change happened on today's rule (for the UK,
 * 1981 and 1996). Changes since 2000 that no yearly rule covers (before the rules of today began, or in a zone
 * whose changes follow no yearly rule) are each given on their own; a zone that never changes gets one observance.
 */
final class VTimeZone {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxxx", Locale.ROOT);
    /** Calendars describe times from here on: a portal lists no meetings or events from before 2000. */
    private static final LocalDateTime FROM = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** How far a rule's dates are checked, and listed when no recurrence rule can say them. */
    private static final int LAST_YEAR = 2100;

    private VTimeZone() {
    }

    /** The component's lines, from BEGIN:VTIMEZONE to END:VTIMEZONE, unfolded. */
    static List<String> lines(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        List<String> yearly = new ArrayList<>();
        Set<ZoneOffsetTransition> byRule = new HashSet<>();
        if (!rules.getTransitionRules().isEmpty()) {
            Set<ZoneOffsetTransition> known = new HashSet<>(history);
            int afterHistory = history.isEmpty() ? 1970 : history.get(history.size() - 1).getDateTimeBefore().getYear() + 1;
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                int first = afterHistory;
                while (first > 1970 && known.contains(rule.createTransition(first - 1))) {
                    first--;
                }
                yearly(yearly, zone, rule, first);
                for (int y = first; y < afterHistory; y++) {
                    byRule.add(rule.createTransition(y));
                }
            }
        }
        // Changes since FROM that no yearly rule covers: the years before today's rules began, or a zone with no rules.
        List<ZoneOffsetTransition> others = history.stream()
                .filter(t -> !t.getDateTimeBefore().isBefore(FROM) && !byRule.contains(t)).toList();
        List<String> out = new ArrayList<>();
        out.add("BEGIN:VTIMEZONE");
        out.add("TZID:" + zone.getId());
        if (yearly.isEmpty() || !others.isEmpty()) {
            ZonedDateTime from = FROM.atZone(zone);
            observance(out, zone, rules.isDaylightSavings(from.toInstant()), from.getOffset(), from.getOffset(), FROM, List.of());
            for (ZoneOffsetTransition t : others) {
                observance(out, zone, rules.isDaylightSavings(t.getInstant()), t.getOffsetBefore(), t.getOffsetAfter(),
                        t.getDateTimeBefore(), List.of());
            }
        }
        out.addAll(yearly);
        out.add("END:VTIMEZONE");
        return out;
    }

    /** One yearly change: a recurrence rule when one says exactly the dates Java's rule gives, else each date listed. */
    private static void yearly(List<String> out, ZoneId zone, ZoneOffsetTransitionRule rule, int firstYear) {
        ZoneOffsetTransition first = rule.createTransition(firstYear);
        boolean daylight = zone.getRules().isDaylightSavings(first.getInstant());
        LocalDateTime start = first.getDateTimeBefore();
        Month month = start.getMonth();
        // The rule's day as a local date before the change: 01:00 UTC can be the evening before in the Americas.
        long shift = java.time.temporal.ChronoUnit.DAYS.between(ruleDate(rule.getMonth(), rule.getDayOfMonthIndicator(),
                rule.getDayOfWeek(), firstYear), start.toLocalDate());
        int day = rule.getDayOfMonthIndicator() + (int) shift;
        DayOfWeek weekday = rule.getDayOfWeek() == null ? null : rule.getDayOfWeek().plus(shift);
        boolean exact = month == rule.getMonth() && day != 0;
        for (int y = firstYear; exact && y <= LAST_YEAR; y++) {
            LocalDate expected = rule.createTransition(y).getDateTimeBefore().toLocalDate();
            exact = expected.getMonth() == month && expected.equals(ruleDate(month, day, weekday, y))
                    && rule.createTransition(y).getDateTimeBefore().toLocalTime().equals(start.toLocalTime());
        }
        List<String> extra = new ArrayList<>();
        if (exact) {
            extra.add("RRULE:FREQ=YEARLY;BYMONTH=" + month.getValue() + ";" + byDay(month, day, weekday));
        } else {
            for (int y = firstYear + 1; y <= LAST_YEAR; y++) {
                extra.add("RDATE:" + LOCAL.format(rule.createTransition(y).getDateTimeBefore()));
            }
        }
        observance(out, zone, daylight, first.getOffsetBefore(), first.getOffsetAfter(), start, extra);
    }

    /** The date of a yearly change as {@link ZoneOffsetTransitionRule} counts it, in a given month and year. */
    private static LocalDate ruleDate(Month month, int day, DayOfWeek weekday, int year) {
        LocalDate d;
        if (day > 0) {
            d = LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
            return weekday == null ? d : d.with(TemporalAdjusters.nextOrSame(weekday));
        }
        d = LocalDate.of(year, month, 1);
        d = d.withDayOfMonth(d.lengthOfMonth() + 1 + day);
        return weekday == null ? d : d.with(TemporalAdjusters.previousOrSame(weekday));
    }

    /** The RRULE part that picks the day: "BYDAY=-1SU" (the last Sunday), "BYDAY=2SU", or days of the month. */
    private static String byDay(Month month, int day, DayOfWeek weekday) {
        if (weekday == null) {
            return "BYMONTHDAY=" + day;
        }
        String dow = weekday.name().substring(0, 2);
        if (day > 0 && day % 7 == 1) {
            return "BYDAY=" + (day + 6) / 7 + dow;
        }
        if (day == -1 || month != Month.FEBRUARY && day == month.maxLength() - 6) {
            return "BYDAY=-1" + dow;
        }
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(String.valueOf(day > 0 ? day + i : day - 6 + i));
        }
        return "BYMONTHDAY=" + String.join(",", days) + ";BYDAY=" + dow;
    }

    private static void observance(List<String> out, ZoneId zone, boolean daylight, ZoneOffset from, ZoneOffset to,
                                   LocalDateTime start, List<String> extra) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        out.add("BEGIN:" + kind);
        out.add("TZOFFSETFROM:" + OFFSET.format(from));
        out.add("TZOFFSETTO:" + OFFSET.format(to));
        name(zone, daylight).ifPresent(n -> out.add("TZNAME:" + n));
        out.add("DTSTART:" + LOCAL.format(start));
        out.addAll(extra);
        out.add("END:" + kind);
    }

    /**
     * The zone's short name ("BST", "EDT") as British, then American, English write it; none when the only name
     * known is an offset ("GMT-05:00"), which TZOFFSETTO already says.
     */
    private static java.util.Optional<String> name(ZoneId zone, boolean daylight) {
        TimeZone tz = TimeZone.getTimeZone(zone);
        for (Locale locale : List.of(Locale.UK, Locale.US)) {
            String name = tz.getDisplayName(daylight, TimeZone.SHORT, locale);
            if (!name.matches("(GMT|UTC)[+-].*")) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }
}
