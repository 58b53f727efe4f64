package org.engagementportal.render;

/** Where something happens; {@code address} and {@code access} may be null. */
public record VenueView(String name, String address, String access) {
}
