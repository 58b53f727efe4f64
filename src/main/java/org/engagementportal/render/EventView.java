package org.engagementportal.render;

import java.util.List;

/** A public event as its template sees it. */
public record EventView(String when, String startsIso, boolean upcoming, VenueView venue, String online,
                        String booking, List<String> accessibility) {
}
