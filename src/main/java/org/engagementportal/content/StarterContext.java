package org.engagementportal.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Term;

/**
 * What a type needs to start a new file besides its title: the site's settings and lists, the clock, and what
 * the person asked for on the command line.
 *
 * @param data   the site settings (time zone, contact details) and the controlled lists
 * @param now    the clock, in the site's time zone
 * @param date   the day it opens, happens or is dated, when the person gave one ({@code --date})
 * @param group  for a type filed by a controlled list (a meeting's committee, a bulletin's series), the one
 *               chosen, already checked against the list
 * @param folder for a type that may be in any folder (pages), the folder under content/ ("" for the top)
 * @param draft  whether to start it as a draft
 */
public record StarterContext(SiteData data, ZonedDateTime now, Optional<LocalDate> date, Optional<Term> group,
                             String folder, boolean draft) {

    public LocalDate today() {
        return now.toLocalDate();
    }

    public ZoneId zone() {
        return data.site().timeZone();
    }

    /** The day given with --date, or this many weeks from today. */
    public LocalDate day(int weeksAhead) {
        return date.orElse(today().plusWeeks(weeksAhead));
    }

    /** The day given with --date, or the first weekday this many weeks from today or after (for meetings). */
    public LocalDate weekday(int weeksAhead) {
        LocalDate d = day(weeksAhead);
        while (date.isEmpty() && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The group chosen for a type filed by one ({@code --committee}, {@code --series}). */
    public Term chosenGroup() {
        return group.orElseThrow(() -> new IllegalStateException("no group was chosen for a type filed by one"));
    }
}
