package org.engagementportal.content;

import java.time.LocalDate;

/**
 * A dated write-up published after a consultation closes: the feedback ("you said") or the outcome
 * ("we did").
 *
 * @param firstLine the file line where the Markdown body starts
 */
public record Report(LocalDate date, String markdown, int firstLine) {
}
