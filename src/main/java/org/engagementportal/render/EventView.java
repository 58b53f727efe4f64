package org.engagementportal.render;

import java.util.List;

/**
 * A public event as its template sees it.
 *
 * @param upcoming true until it starts; after that the page says it has taken place
 * @param booking  where to book a place, while it is still to come and not cancelled; else null
 * @param cancelled when it was called off, why and the event held instead, or null when it goes ahead
 * @param span      its start and end, each for its own time element ({@code when} says both in one)
 */
public record EventView(String when, String startsIso, boolean upcoming, boolean over, VenueView venue, String online,
                        String booking, List<String> accessibility, CancelledView cancelled, Span span) {
}
