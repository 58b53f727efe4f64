package org.engagementportal.content;

import java.util.Optional;

/**
 * One numbered item of a meeting's agenda.
 *
 * @param number as printed on the agenda, "1" or "4.2"
 * @param part   1 for the part held in public, 2 for the private part
 */
public record AgendaItem(String number, String title, Optional<String> presenter, Optional<Purpose> purpose,
                         Optional<Attachment> paper, int part) {
}
