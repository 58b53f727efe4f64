package org.engagementportal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.site.Calendars;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;

/** Builds one page of a listing: its sections' cards for that page, counts and pagination links. */
public final class ListingViews {
    private final Site site;
    private final SiteConfig config;
    private final LayoutViews layouts;
    private final CardViews cards;

    private final FeedPlan feeds;

    public ListingViews(Site site, LayoutViews layouts, CardViews cards, FeedPlan feeds) {
        this.feeds = feeds;
        this.site = site;
        this.config = site.config();
        this.layouts = layouts;
        this.cards = cards;
    }

    /**
     * Page {@code n} (1-based) of a listing. The home page is never split; other listings show
     * {@link Site#pageSize()} items a page, keeping each section's heading and total.
     *
     * @param introHtml the listing's introduction as HTML, or null
     */
    public ListingView page(Listing listing, int n, String introHtml) {
        int size = listing.kind() == Listing.Kind.HOME ? Integer.MAX_VALUE : site.pageSize();
        int pages = listing.shownPages(site.pageSize());
        int from = listing.kind() == Listing.Kind.HOME ? 0 : (n - 1) * size;
        int to = listing.kind() == Listing.Kind.HOME ? Integer.MAX_VALUE : from + size;
        List<ListingView.SectionView> sections = new ArrayList<>();
        int offset = 0;
        for (Listing.Section section : listing.sections()) {
            List<SitePage> items = section.items();
            int start = Math.max(from - offset, 0);
            int end = Math.min(to - offset, items.size());
            List<CardView> shown = start < end ? cards.cards(items.subList(start, end)) : List.of();
            // The first page also shows the sections that are empty ("There is nothing here at the moment"), but
            // not those whose items are all on later pages.
            boolean onThisPage = !shown.isEmpty() || n == 1 && items.isEmpty()
                    && (listing.kind() != Listing.Kind.HOME || section.whenEmpty().isPresent());
            if (onThisPage) {
                sections.add(new ListingView.SectionView(section.id(), section.heading(), items.size(), shown,
                        section.whenEmpty().orElse(null)));
            }
            offset += items.size();
        }
        String title = n == 1 ? listing.title() : listing.title() + " (page " + n + " of " + pages + ")";
        String path = listing.pagePath(n);
        LayoutView layout = layouts.layout(title, listing.summary(), path, config.language(), "ltr", List.of(), null);
        if (listing.kind() == Listing.Kind.HOME) {
            layout = layout.withStructuredData(StructuredData.organisation(config));
        }
        List<ListingView.TermView> terms = listing.terms().stream()
                .map(t -> new ListingView.TermView(config.link(t.path()), t.name(), t.description(), t.count())).toList();
        // The filter links are on the first page of a listing only: later pages are reached from it.
        ListingView.FiltersView filters = n > 1 ? null : listing.filters().map(this::filters).orElse(null);
        return new ListingView(layout, listing.kind().name().toLowerCase(Locale.ROOT),
                listing.termsHeading().map(h -> new ListingView.HeadingView(h.id(), h.text())).orElse(null),
                listing.title(), listing.summary(),
                n == 1 ? introHtml : null, sections, pagination(listing, n, pages), terms, filters, calendar(listing),
                feeds.forListing(listing.path()).map(f -> new ListingView.SubscribeView(config.link(f.rss()), config.link(f.atom()),
                        config.link(f.json()), config.link(Listing.UPDATES_PATH))).orElse(null),
                listing.kind() == Listing.Kind.UPDATES ? directory() : List.of(),
                listing.kind() == Listing.Kind.UPDATES ? calendars() : List.of());
    }

    /**
     * The ways to filter a listing that have options, named by what it lists ("Filter consultations"), with a
     * link to the unfiltered listing when this one is filtered; null when no way has options.
     */
    private ListingView.FiltersView filters(Listing.Filters filters) {
        List<ListingView.FilterView> ways = filters.ways().stream()
                .filter(f -> !f.options().isEmpty())
                .map(f -> new ListingView.FilterView(f.heading(), f.options().stream()
                        .map(o -> new ListingView.FilterOption(config.link(o.path()), o.name(), o.count(),
                                f.current().filter(o.id()::equals).isPresent()))
                        .toList()))
                .toList();
        if (ways.isEmpty()) {
            return null;
        }
        boolean filtered = filters.ways().stream().anyMatch(f -> f.current().isPresent());
        return new ListingView.FiltersView("Filter " + filters.noun(),
                filtered ? Link.of(config.link(filters.all()), "Show all " + filters.noun()) : null, ways);
    }

    /** Every feed, with the page it follows, for the "Get updates" page. */
    private List<ListingView.FeedView> directory() {
        return feeds.feeds().stream().map(f -> new ListingView.FeedView(f.title().replace(" - " + config.name(), ""),
                f.description(), config.link(f.path()), config.absolute(f.rss()), config.absolute(f.atom()),
                config.absolute(f.json()))).toList();
    }

    /** Every calendar: all meetings and events, then each committee's. */
    private List<ListingView.CalendarView> calendars() {
        List<ListingView.CalendarView> out = new java.util.ArrayList<>();
        out.add(calendarView(Calendars.ALL, "All meetings and events"));
        for (var committee : site.data().vocabulary().committees()) {
            out.add(calendarView(Calendars.committee(committee.id()), committee.name() + " meetings"));
        }
        return out;
    }

    private ListingView.CalendarView calendarView(String path, String what) {
        return new ListingView.CalendarView(config.link(path), config.absolute(path).replaceFirst("^https?://", "webcal://"), what);
    }

    /** The calendar a listing offers (a committee's meetings, all meetings and events), if any. */
    private ListingView.CalendarView calendar(Listing listing) {
        return listing.calendar().map(c -> calendarView(c.path(), c.what())).orElse(null);
    }

    private ListingView.PaginationView pagination(Listing listing, int n, int pages) {
        return pagination(config, listing::pagePath, n, pages);
    }

    /**
     * NHS.UK numbered pagination for page {@code n} of {@code pages}, each page's address given by {@code pathOf}; null
     * for a single page. Shown: the first and last page and two either side of this one, gaps as an ellipsis.
     */
    static ListingView.PaginationView pagination(SiteConfig config, java.util.function.IntFunction<String> pathOf, int n, int pages) {
        if (pages <= 1) {
            return null;
        }
        Link previous = n > 1 ? Link.of(config.link(pathOf.apply(n - 1)), "Page " + (n - 1) + " of " + pages) : null;
        Link next = n < pages ? Link.of(config.link(pathOf.apply(n + 1)), "Page " + (n + 1) + " of " + pages) : null;
        List<Link> numbers = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            if (i == 1 || i == pages || Math.abs(i - n) <= 2) {
                numbers.add(new Link(config.link(pathOf.apply(i)), Integer.toString(i), i == n));
            } else if (numbers.isEmpty() || numbers.get(numbers.size() - 1).href() != null) {
                numbers.add(new Link(null, "\u2026", false)); // a gap: no address
            }
        }
        return new ListingView.PaginationView(previous, next, "Page " + n + " of " + pages, List.copyOf(numbers));
    }
}
