package org.engagementportal.render;

import java.util.List;

/**
 * A listing page (or one page of a long listing) as its template sees it.
 *
 * @param kind       the listing's kind in lower case: "home", "section", "topic"...
 * @param termsHeading the heading over {@code terms} when they are a section's groups (committees), or null
 * @param intro      the folder's index.md text as HTML, or null
 * @param sections   the groups of cards on this page, with counts for the whole listing; on the home page only
 *                   the groups that have cards
 * @param pagination links to the other pages, or null when everything fits on one
 * @param terms      for the lists of topics and areas
 * @param filters    the ways to filter the listing, or null when it has none (and on its later pages)
 */
public record ListingView(LayoutView layout, String kind, HeadingView termsHeading, String title, String summary, String intro,
                          List<SectionView> sections, PaginationView pagination, List<TermView> terms,
                          FiltersView filters, CalendarView calendar, SubscribeView subscribe,
                          List<FeedView> directory, List<CalendarView> calendars) {

    /** A heading and its id. */
    public record HeadingView(String id, String text) {
    }

    /** "Get updates" beside a list: its feed in three formats, and the page explaining feeds. */
    public record SubscribeView(String rss, String atom, String json, String help) {
    }

    /** A feed in the directory on the "Get updates" page. */
    public record FeedView(String title, String description, String page, String rss, String atom, String json) {
    }

    /** "Add to your calendar": the .ics file to download and the same as a webcal:// subscription. */
    public record CalendarView(String href, String webcal, String what) {
    }

    /** A group of cards; {@code total} counts the whole group, {@code cards} only this page's. */
    /** @param empty what to say when it has no cards, or null (a listing then says there is nothing here) */
    public record SectionView(String id, String heading, int total, List<CardView> cards, String empty) {
    }

    public record PaginationView(Link previous, Link next, String label, List<Link> pages) {
    }

    public record TermView(String href, String name, String description, int count) {
    }

    /**
     * The filters of a listing: {@code label} names them for assistive technology ("Filter consultations");
     * {@code all} links to the unfiltered listing ("Show all consultations") when this one is filtered, else null.
     */
    public record FiltersView(String label, Link all, List<FilterView> ways) {
    }

    /** A way to filter: its options as links, {@code current} marking the one shown. */
    public record FilterView(String heading, List<FilterOption> options) {
    }

    public record FilterOption(String href, String name, int count, boolean current) {
    }
}
