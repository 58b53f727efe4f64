package org.engagementportal.content;

import java.time.LocalDate;

/**
 * One issue of a bulletin series.
 *
 * @param series the series id from {@code series.yml}, from the folder the file is in
 */
public record Bulletin(String series, LocalDate date) implements Details {

    public static final java.util.List<String> FIELDS = java.util.List.of("date", "series");
}
