package org.engagementportal.render;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a meeting or event is, for its page: its start and, when it has one, its end, each in words and for machines, so
 * that each is its own {@code <time>} ("Tuesday 1 December 2026, 9am" to "Thursday 3 December 2026, 5pm"), where one
 * element round the whole said its start alone in its datetime.
 *
 * @param ends    the end in words as {@link Dates#range} says it after "to" ("5pm", or with its day when another), or null
 * @param endsIso the end for the datetime attribute, or null
 */
public record Span(String starts, String startsIso, String ends, String endsIso) {

    public static Span of(ZonedDateTime start, Optional<ZonedDateTime> end) {
        return new Span(Dates.dateTime(start), Dates.iso(start),
                end.map(e -> start.toLocalDate().equals(Dates.dayOf(e)) ? Dates.time(e) : Dates.deadline(e)).orElse(null),
                end.map(Dates::iso).orElse(null));
    }
}
