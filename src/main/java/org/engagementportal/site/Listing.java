package org.engagementportal.site;

import java.util.List;
import java.util.Optional;

/**
 * A page of the site that lists other pages: the home page, a section (consultations, a committee's
 * meetings, a bulletin series), a topic or area, or a folder of pages. Long listings are split into pages
 * of {@link Site#pageSize()} items; {@link #pagePath(int)} gives each page's address.
 *
 * @param intro    the folder's {@code index.md}, whose text introduces the listing
 * @param sections the items, grouped (for example by consultation status), in display order
 * @param terms    for the lists of topics and areas: each term with its address and count
 * @param filters  pre-built filtered versions of this listing (consultations by topic, by area), which work
 *                 without JavaScript; empty for other listings
 */
public record Listing(Kind kind, String path, String title, String summary, Optional<SitePage> intro,
                      List<Section> sections, List<TermCount> terms, List<Filter> filters) {

    /** The page listing every feed and calendar, with how to use them. */
    public static final String UPDATES_PATH = "/get-updates/";

    public enum Kind { HOME, CONSULTATIONS, MEETINGS, COMMITTEE, BULLETINS, SERIES, EVENTS, FOLDER, TOPICS, TOPIC, AREAS, AREA, UPDATES }

    public Listing {
        sections = List.copyOf(sections);
        terms = List.copyOf(terms);
        filters = List.copyOf(filters);
    }

    public Listing(Kind kind, String path, String title, String summary, Optional<SitePage> intro,
                   List<Section> sections, List<TermCount> terms) {
        this(kind, path, title, summary, intro, sections, terms, List.of());
    }

    /**
     * One way of filtering, such as "Topic": each option is a pre-built listing; {@code current} is the id
     * of the option this listing shows, or empty; {@code all} is the address of the unfiltered listing.
     */
    public record Filter(String heading, List<TermCount> options, Optional<String> current, String all) {
        public Filter {
            options = List.copyOf(options);
        }
    }

    /** A group of items under one heading; {@code id} is stable ("open", "upcoming", "2025"). */
    public record Section(String id, String heading, List<SitePage> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    public record TermCount(String id, String name, String description, String path, int count) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    public int pageCount(int pageSize) {
        return Math.max(1, (itemCount() + pageSize - 1) / pageSize);
    }

    /** The address of page {@code n} (1-based): the listing's own address for the first. */
    public String pagePath(int n) {
        return n <= 1 ? path : path + "page/" + n + "/";
    }
}
