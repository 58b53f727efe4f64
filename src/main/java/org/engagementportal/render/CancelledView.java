package org.engagementportal.render;

/**
 * A cancelled meeting or event as its template sees it: the day it was called off ("2 March 2026"), why (or null), and
 * a link to the one held in its place with when it starts ("Thursday 19 March 2026, 10am"), or null for both; and
 * whether that one has started (so the page says it was held, not that it will be).
 */
public record CancelledView(String on, String reason, Link instead, String insteadWhen, boolean insteadStarted) {
}
