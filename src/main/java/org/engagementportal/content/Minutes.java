package org.engagementportal.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The approved minutes of a meeting: a file, or a page of the site.
 *
 * @param approved the date the committee approved them
 */
public record Minutes(Optional<Attachment> file, Optional<String> page, LocalDate approved) {
}
