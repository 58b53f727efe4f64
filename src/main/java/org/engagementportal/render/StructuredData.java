package org.engagementportal.render;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.Access;
import org.engagementportal.content.Venue;
import org.engagementportal.source.Json;

/**
 * schema.org data for search engines, written into a page as JSON-LD: the body itself as a
 * {@code GovernmentOrganization} on the home page, and each event and meeting as an {@code Event} (when, where or
 * online, who organises it, what access the venue offers). Built as maps and written by {@link Json#inHtml}, which
 * escapes {@code <}, {@code >} and {@code &}: the data block is not script, and nothing in it can close it.
 */
public final class StructuredData {
    private static final String CONTEXT = "https://schema.org";
    /** Local time with its offset from UTC, always as +hh:mm (never Z), as the times were written: in the site's zone. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private StructuredData() {
    }

    /** The JSON text of one data block. */
    public static String json(Map<String, Object> data) {
        return Json.inHtml(data);
    }

    /** The NHS body: its name, address on the web, description, contact details and picture. */
    public static Map<String, Object> organisation(SiteConfig config) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@context", CONTEXT);
        org.putAll(organiser(config));
        config.description().ifPresent(d -> org.put("description", d));
        config.contact().email().ifPresent(e -> org.put("email", e));
        config.contact().phone().ifPresent(p -> org.put("telephone", p));
        config.contact().address().ifPresent(a -> org.put("address", postal(a)));
        config.image().ifPresent(i -> org.put("image", config.absolute(i.path())));
        return org;
    }

    private static Map<String, Object> organiser(SiteConfig config) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "GovernmentOrganization");
        org.put("name", config.name());
        org.put("url", config.baseUrl().toString());
        return org;
    }

    /**
     * An event or meeting.
     *
     * @param path     its page's site path
     * @param over     whether it is over: held online still, but its link to join is not given (as its page no longer
     *                 gives it), its page's address in its place
     * @param cancelled whether it was called off (schema.org's EventCancelled, so search engines say so)
     * @param access   the access arrangements it lists, as the venue's features
     */
    public static Map<String, Object> event(SiteConfig config, String path, String name, String summary,
                                            ZonedDateTime starts, Optional<ZonedDateTime> ends, Optional<Venue> venue,
                                            Optional<URI> online, boolean over, boolean cancelled, List<Access> access) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", CONTEXT);
        event.put("@type", "Event");
        event.put("name", name);
        event.put("description", summary);
        event.put("url", config.absolute(path));
        event.put("startDate", ISO.format(starts));
        ends.ifPresent(e -> event.put("endDate", ISO.format(e)));
        event.put("eventStatus", CONTEXT + (cancelled ? "/EventCancelled" : "/EventScheduled"));
        String mode = venue.isPresent() && online.isPresent() ? "MixedEventAttendanceMode"
                : online.isPresent() ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode";
        event.put("eventAttendanceMode", CONTEXT + "/" + mode);
        List<Object> locations = new ArrayList<>();
        venue.ifPresent(v -> locations.add(place(v, access)));
        online.ifPresent(o -> {
            Map<String, Object> virtual = new LinkedHashMap<>();
            virtual.put("@type", "VirtualLocation");
            virtual.put("url", over ? config.absolute(path) : o.toString());
            locations.add(virtual);
        });
        if (locations.size() == 1) {
            event.put("location", locations.get(0));
        } else if (!locations.isEmpty()) {
            event.put("location", locations);
        }
        event.put("organizer", organiser(config));
        return event;
    }

    private static Map<String, Object> place(Venue v, List<Access> access) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", v.name());
        v.address().ifPresent(a -> place.put("address", postal(a)));
        List<Object> features = new ArrayList<>();
        for (Access a : access) {
            features.add(feature(a.label(), true));
        }
        v.access().ifPresent(text -> features.add(feature("Access", text)));
        if (!features.isEmpty()) {
            place.put("amenityFeature", features);
        }
        return place;
    }

    private static Map<String, Object> feature(String name, Object value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("@type", "LocationFeatureSpecification");
        f.put("name", name);
        f.put("value", value);
        return f;
    }

    /** An address as written, one line each, as one line with commas. */
    private static Map<String, Object> postal(String address) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@type", "PostalAddress");
        p.put("streetAddress", String.join(", ", address.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        return p;
    }
}
