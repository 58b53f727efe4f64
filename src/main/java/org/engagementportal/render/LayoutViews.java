package org.engagementportal.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.engagementportal.config.Contact;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.Format;
import org.engagementportal.content.Statement;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.ListedKind;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;

/**
 * Builds what the layout shows around every page: the site's header, navigation and footer (once), and
 * per page its title, breadcrumbs, canonical address and "request another format" block.
 */
public final class LayoutViews {
    private final FeedPlan feeds;
    /** The pages in the header navigation after the types' sections, shown when the site has them. */
    private static final List<ListedKind.Navigation> PAGES_IN_NAVIGATION = List.of(
            new ListedKind.Navigation("/get-involved/", "Get involved", List.of()),
            new ListedKind.Navigation("/about/", "About us", List.of()));

    /** The search page, and the A to Z of every page that search falls back to without JavaScript. */
    public static final String SEARCH_PATH = "/search/";
    public static final String AZ_PATH = "/a-z/";

    private final Site site;
    private final SiteConfig config;
    private final SiteView siteView;
    private final List<ListedKind.Navigation> navigation;

    public LayoutViews(Site site, String cssPath, String scriptPath, FeedPlan feeds) {
        this.feeds = feeds;
        this.site = site;
        this.config = site.config();
        List<ListedKind.Navigation> nav = new ArrayList<>();
        site.kinds().forEach(k -> k.navigation(site.data().vocabulary()).ifPresent(nav::add));
        nav.addAll(PAGES_IN_NAVIGATION);
        this.navigation = nav.stream().filter(n -> exists(n.path())).toList();
        List<Link> footer = new ArrayList<>();
        site.accessibilityStatement().ifPresent(p -> footer.add(Link.of(config.link(p), "Accessibility statement")));
        site.statement().ifPresent(p -> footer.add(Link.of(config.link(p.path()), p.title())));
        if (exists("/contact-us/")) {
            footer.add(Link.of(config.link("/contact-us/"), "Contact us"));
        }
        String privacy = config.privacy().map(p -> p.startsWith("/") ? config.link(p) : p)
                .orElse(exists("/privacy/") ? config.link("/privacy/") : null);
        if (privacy != null) {
            footer.add(Link.of(privacy, "Privacy"));
        }
        footer.add(Link.of(config.link("/topics/"), "Topics"));
        footer.add(Link.of(config.link(AZ_PATH), "A to Z"));
        this.siteView = new SiteView(config.name(), config.language(), config.link("/"), config.link(cssPath),
                config.link("/assets/images/favicon.ico"), config.link("/assets/images/favicon.svg"),
                config.header().organisation(), config.header().descriptor().orElse(null),
                config.header().service().orElse(null), List.of(), footer, "\u00A9 " + config.name(),
                config.image().map(i -> new SiteView.Image(config.absolute(i.path()), i.alt())).orElse(null),
                config.alert().filter(a -> a.shownAt(site.now())).map(a -> a.text()).orElse(null),
                config.link(SEARCH_PATH), config.link(AZ_PATH), config.link(scriptPath), privacy);
    }

    private boolean exists(String path) {
        return site.page(path).isPresent() || site.listing(path).isPresent();
    }

    /** The header, navigation and footer, with the section of {@code path} marked as current. */
    public SiteView site(String path) {
        List<Link> nav = navigation.stream()
                .map(n -> new Link(config.link(n.path()), n.label(), n.covers(path)))
                .collect(Collectors.toList());
        return new SiteView(siteView.name(), siteView.language(), siteView.homeHref(), siteView.cssHref(),
                siteView.iconHref(), siteView.iconSvgHref(), siteView.organisation(), siteView.descriptor(),
                siteView.service(), List.copyOf(nav), siteView.footer(), siteView.copyright(), siteView.image(), siteView.alert(),
                siteView.searchHref(), siteView.azHref(), siteView.scriptHref(), siteView.privacyHref());
    }

    /**
     * The layout of one page.
     *
     * @param requestDate the publication date quoted in a request for another format, or null
     */
    public LayoutView layout(String title, String description, String path, String lang, String dir,
                             List<Alternate> alternates, String requestDate) {
        String pageTitle = path.equals("/") ? config.name() : title + " - " + config.name();
        return new LayoutView(pageTitle, description, config.absolute(path), lang, dir, config.language(), breadcrumbs(path),
                List.copyOf(alternates), List.of(), request(title, requestDate).orElse(null), feedLinks(path), false, List.of(), title,
                path.equals("/") ? "website" : "article", null);
    }

    /**
     * The feed of the listing at {@code path} (its first page or any other), or of the nearest listing above the page
     * (a bulletin's series; a consultation's translation, a page below its consultation, has the consultations' feed,
     * where it had none). Never the home page's: a page outside every listing has no feed of its own.
     */
    public Optional<FeedPlan.Feed> feedFor(String path) {
        String listing = Listing.firstPage(path);
        Optional<FeedPlan.Feed> own = feeds.forListing(listing);
        while (own.isEmpty() && !listing.equals("/")) {
            listing = listing.substring(0, listing.lastIndexOf('/', listing.length() - 2) + 1);
            own = listing.equals("/") ? Optional.empty() : feeds.forListing(listing);
        }
        return own;
    }

    /**
     * The feeds a page offers to feed readers: its own (above); on the home page and Get updates, where a reader given the
     * site's address looks, those of the sections in the header that have one (consultations, bulletins...), in its order,
     * where they offered none.
     */
    private List<LayoutView.FeedLink> feedLinks(String path) {
        List<FeedPlan.Feed> offered = path.equals("/") || path.equals(org.engagementportal.site.Listing.UPDATES_PATH)
                ? navigation.stream().flatMap(n -> feeds.forListing(n.path()).stream()).toList()
                : feedFor(path).stream().toList();
        List<LayoutView.FeedLink> links = new java.util.ArrayList<>();
        for (FeedPlan.Feed f : offered) {
            links.add(new LayoutView.FeedLink("application/rss+xml", f.title() + " (RSS)", config.absolute(f.rss())));
            links.add(new LayoutView.FeedLink("application/atom+xml", f.title() + " (Atom)", config.absolute(f.atom())));
            links.add(new LayoutView.FeedLink("application/feed+json", f.title() + " (JSON Feed)", config.absolute(f.json())));
        }
        return List.copyOf(links);
    }

    /** The pages above {@code path}, from the home page down, each with its title. */
    public List<Link> breadcrumbs(String path) {
        List<Link> crumbs = new ArrayList<>();
        if (path.equals("/")) {
            return crumbs;
        }
        crumbs.add(Link.of(config.link("/"), "Home"));
        int from = 1;
        for (int slash = path.indexOf('/', from); slash >= 0 && slash < path.length() - 1; slash = path.indexOf('/', slash + 1)) {
            String ancestor = path.substring(0, slash + 1);
            if (!ancestor.equals("/")) {
                site.titleOf(ancestor).ifPresent(t -> crumbs.add(Link.of(config.link(ancestor), t)));
            }
        }
        return List.copyOf(crumbs);
    }

    /**
     * "Request this in another format", prefilled with the title and date as the Accessible Information
     * Statement asks. Uses the statement's contact details, or the site's when there is no statement.
     */
    public Optional<RequestFormat> request(String title, String date) {
        Optional<Statement> statement = site.statement().map(p -> p.document().detailsAs(Statement.class));
        Contact contact = config.contact();
        Optional<String> email = statement.flatMap(Statement::email).or(contact::email);
        Optional<String> phone = statement.flatMap(Statement::phone).or(contact::phone);
        if (email.isEmpty() && phone.isEmpty()) {
            return Optional.empty();
        }
        String formats = statement.map(s -> orList(s.formats().stream().map(Format::inSentence).toList()))
                .filter(s -> !s.isEmpty()).orElse("easy read, large print, braille, audio or another language");
        String quoted = "\"" + title + "\"" + (date == null ? "" : ", published " + date);
        String mailto = email.map(e -> "mailto:" + e + "?subject=" + encode("Request for another format: " + title)
                + "&body=" + encode("Please send me " + quoted + " in this format: \n\nMy name:\nHow to reach me:\n")).orElse(null);
        return Optional.of(new RequestFormat(mailto, email.orElse(null), phone.orElse(null), phone.map(Views::telHref).orElse(null),
                statement.flatMap(Statement::textRelay).or(contact::textRelay).orElse(null),
                statement.flatMap(Statement::sms).orElse(null), statement.flatMap(Statement::sms).map(Views::smsHref).orElse(null), formats,
                site.statement().map(SitePage::path).map(config::link).orElse(null),
                statement.map(s -> Views.workingDays(s.responseDays())).orElse(null),
                statement.flatMap(Statement::post).or(contact::address).map(String::strip).orElse(null)));
    }

    /** "a, b or c". */
    static String orList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /**
     * Percent-encoding for mailto: spaces as %20, not +, which mail programs would show. A soft hyphen (U+00AD, pasted
     * from Word inside a title's word) is left out: it breaks a long word on the page, but in an email's subject some
     * mail programs show it as a stray hyphen or a box.
     */
    /** Text for a mailto: link's subject or body, without the soft hyphens a title may carry. */
    public static String encode(String s) {
        return URLEncoder.encode(s.replace("\u00ad", ""), StandardCharsets.UTF_8).replace("+", "%20");
    }

    public SiteConfig config() {
        return config;
    }
}
