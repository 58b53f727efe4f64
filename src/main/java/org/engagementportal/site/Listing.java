package org.engagementportal.site;

import java.util.List;
import java.util.Optional;

/**
 * A page of the site that lists other pages: the home page, a section (consultations, a committee's
 * meetings, a bulletin series), a topic or area, or a folder of pages. Long listings are split into pages
 * of {@link Site#pageSize()} items; {@link #pagePath(int)} gives each page's address.
 *
 * @param kind     what sort of listing it is; a type's own listings are {@link Kind#SECTION}
 * @param intro    the folder's {@code index.md}, whose text introduces the listing
 * @param sections the items, grouped (for example by consultation status), in display order
 * @param terms    for the lists of topics and areas, and of a section's groups (committees, bulletin series):
 *                 each with its address and count
 * @param termsHeading the heading above {@code terms} when they are a section's groups ("Committees")
 * @param filters  pre-built filtered versions of this listing (consultations by topic, by area), which work
 *                 without JavaScript; empty for other listings
 * @param calendar the calendar of what it lists, if there is one
 */
public record Listing(Kind kind, String path, String title, String summary, Optional<SitePage> intro,
                      List<Section> sections, List<TermCount> terms, Optional<Heading> termsHeading,
                      Optional<Filters> filters, Optional<CalendarLink> calendar) {

    /** The page listing every feed and calendar, with how to use them. */
    public static final String UPDATES_PATH = "/get-updates/";

    /**
     * HOME is never split into pages; SECTION is a type's own listing (consultations, a committee's meetings);
     * UPDATES lists the feeds and calendars.
     */
    public enum Kind { HOME, SECTION, FOLDER, TOPICS, TOPIC, AREAS, AREA, UPDATES }

    public Listing {
        sections = List.copyOf(sections);
        terms = List.copyOf(terms);
    }

    public Listing(Kind kind, String path, String title, String summary, Optional<SitePage> intro,
                   List<Section> sections, List<TermCount> terms) {
        this(kind, path, title, summary, intro, sections, terms, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether it is a type's list narrowed to one topic or area ("Consultations about dentistry"), by its filters: each
     * topic and area has a page of its own, which links it. A list narrowed to a group of people or a rung of engagement
     * is not: no other page stands for it.
     */
    public boolean narrowedToATopicOrArea() {
        return filters.map(f -> f.ways().stream().anyMatch(w -> w.current().isPresent()
                && (w.heading().equals("Topic") || w.heading().equals("Area")))).orElse(false);
    }

    /** This listing with a heading over its terms. */
    public Listing withTerms(List<TermCount> terms, Heading heading) {
        return new Listing(kind, path, title, summary, intro, sections, terms, Optional.of(heading), filters, calendar);
    }

    /** This listing with pre-built filtered versions. */
    public Listing withFilters(Filters filters) {
        return new Listing(kind, path, title, summary, intro, sections, terms, termsHeading, Optional.of(filters), calendar);
    }

    /** This listing offering a calendar of what it lists. */
    public Listing withCalendar(CalendarLink calendar) {
        return new Listing(kind, path, title, summary, intro, sections, terms, termsHeading, filters, Optional.of(calendar));
    }

    /**
     * This listing with the pages at these addresses in place of the ones it had there (a page whose text changed:
     * its place on the listing, which its face decides, is the same); itself when it shows none of them.
     */
    public Listing withPages(java.util.Map<String, SitePage> replaced) {
        boolean any = intro.map(i -> replaced.containsKey(i.path())).orElse(false);
        for (int i = 0; i < sections.size() && !any; i++) {
            for (SitePage p : sections.get(i).items()) {
                if (replaced.containsKey(p.path())) {
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            return this;
        }
        List<Section> swapped = sections.stream().map(s -> new Section(s.id(), s.heading(),
                s.items().stream().map(p -> replaced.getOrDefault(p.path(), p)).toList(), s.whenEmpty())).toList();
        return new Listing(kind, path, title, summary, intro.map(i -> replaced.getOrDefault(i.path(), i)), swapped, terms,
                termsHeading, filters, calendar);
    }

    /** The number of pages it is shown on: the home page is one however long. */
    public int shownPages(int pageSize) {
        return kind == Kind.HOME ? 1 : pageCount(pageSize);
    }

    /** A heading with its id, for a link to it. */
    public record Heading(String id, String text) {
    }

    /** An .ics file of what a listing lists: its address, and what it holds in words ("these meetings"). */
    public record CalendarLink(String path, String what) {
    }

    /**
     * The ways a listing can be filtered: {@code noun} is what it lists, in the plural ("consultations"), for
     * the words around the filters; {@code all} is the address of the unfiltered listing.
     */
    public record Filters(String noun, String all, List<Filter> ways) {
        public Filters {
            ways = List.copyOf(ways);
        }
    }

    /**
     * One way of filtering, such as "Topic": each option is a pre-built listing; {@code current} is the id
     * of the option this listing shows, or empty.
     */
    public record Filter(String heading, List<TermCount> options, Optional<String> current) {
        public Filter {
            options = List.copyOf(options);
        }
    }

    /**
     * A group of items under one heading; {@code id} is stable ("open", "upcoming", "2025"). {@code whenEmpty}
     * is what the home page says when it has no items ("There are no open consultations at the moment."); a home
     * section without it is left out when empty.
     */
    public record Section(String id, String heading, List<SitePage> items, Optional<String> whenEmpty) {
        public Section {
            items = List.copyOf(items);
        }

        public Section(String id, String heading, List<SitePage> items) {
            this(id, heading, items, Optional.empty());
        }
    }

    public record TermCount(String id, String name, String description, String path, int count) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    public int pageCount(int pageSize) {
        return pageCount(itemCount(), pageSize);
    }

    /** The address of page {@code n} (1-based): the listing's own address for the first. */
    public String pagePath(int n) {
        return pagePath(path, n);
    }

    /** How many pages {@code items} take, {@code pageSize} a page: one at least (the first says there are none). */
    public static int pageCount(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    /** The address of page {@code n} (1-based) of what is shown over pages from {@code first}: {@code first/page/n/}. */
    public static String pagePath(String first, int n) {
        return n <= 1 ? first : first + "page/" + n + "/";
    }

    /**
     * The address of the first page from that of any page ({@link #pagePath}'s {@code first/page/n/} gives {@code first});
     * any other address as it is. Does what {@code path.replaceFirst("page/\\d+/$", "")} did for any address that does
     * not end in a line break (none does), without a regular expression compiled for every page the build makes.
     */
    public static String firstPage(String path) {
        int slash = path.length() - 1;
        if (slash < 0 || path.charAt(slash) != '/') {
            return path;
        }
        int digits = slash;
        while (digits > 0 && path.charAt(digits - 1) >= '0' && path.charAt(digits - 1) <= '9') {
            digits--;
        }
        return digits < slash && path.startsWith("page/", digits - 5) ? path.substring(0, digits - 5) : path;
    }
}
