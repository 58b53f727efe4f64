package org.engagementportal.generate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.publish.Origin;
import org.engagementportal.markdown.RenderedHtml;
import org.engagementportal.publish.Output;
import org.engagementportal.source.Json;
import org.engagementportal.source.Parallel;
import org.engagementportal.source.XmlText;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.SitePage;

/**
 * Writes every feed of the {@link FeedPlan} as RSS 2.0 ({@code feed.xml}), Atom 1.0 ({@code atom.xml}) and
 * JSON Feed 1.1 ({@code feed.json}). Addresses are absolute; an entry's id is its page's address plus what
 * it announces ("#outcome"), so editing a title never makes readers see it twice; dates carry the
 * offset of the site's time zone; a feed's own date is its newest entry's, so an unchanged site gives unchanged feeds.
 */
public final class FeedGenerator implements Generator {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** An entry ready to write: everything as text, addresses absolute. */
    record Item(String id, String url, String title, String summary, String html, ZonedDateTime date, ZonedDateTime modified,
                boolean permalink) {
    }

    /**
     * Atom requires a date even of a feed with no entries yet, which has its listing's or the site's other feeds' (see
     * {@link FeedPlan.Feed#updated()}). Only a site with no dated feed entry anywhere and no dated introduction has none:
     * not the build's clock, which would change the feed at every rebuild (and tell readers it changed), but the start of
     * Unix time, which says "never".
     */
    static final ZonedDateTime NO_ENTRIES = ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        SiteConfig config = ctx.site().config();
        // An entry is in several feeds (its series', its topics', its areas'): its HTML is made absolute once. The
        // feeds are made on the build's threads together (Parallel), so the map is one they can share.
        Map<String, String> absolute = new java.util.concurrent.ConcurrentHashMap<>();
        Parallel.forEach(ctx.feeds().feeds(), feed -> {
            String key = ctx.keys().feed(feed);
            Optional<ZonedDateTime> updated = feed.updated();
            // The entries are made once, for whichever of the three formats is not reused.
            java.util.function.Supplier<List<Item>> items = new java.util.function.Supplier<>() {
                private List<Item> made;

                @Override
                public List<Item> get() {
                    if (made == null) {
                        made = feed.entries().stream().map(e -> item(ctx, e, absolute)).toList();
                    }
                    return made;
                }
            };
            Origin origin = out.defaultOrigin();
            ctx.reuse().write(out, feed.rss(), key, origin, () -> rss(config, feed, items.get(), updated));
            ctx.reuse().write(out, feed.atom(), key, origin, () -> atom(config, feed, items.get(), updated));
            ctx.reuse().write(out, feed.json(), key, origin, () -> json(config, feed, items.get()));
        });
    }

    /**
     * The longest an entry's HTML may be in a feed, in characters: about 40,000 words of plain paragraphs, or about 780
     * table rows of two short cells. A longer entry has its summary and a link to its page instead, as a feed holds 20 entries whole and feed
     * readers fetch it again and again: a bulletin of 2 MB of tables (within the limits of what the portal reads) made
     * 56 MB of HTML, and every feed it was in 333 MB, all of it held in memory while the feeds were made.
     */
    static final int ENTRY_LIMIT = 256 * 1024;

    private Item item(BuildContext ctx, FeedPlan.Entry e, Map<String, String> absolute) {
        SiteConfig config = ctx.site().config();
        SitePage page = e.page();
        String url = config.absolute(page.path());
        String summary = page.document().meta().summary();
        String id = e.isPage() ? url : url + "#" + e.announces();
        // Made outside the map's lock (computeIfAbsent would hold other feeds' entries waiting while a page is parsed):
        // two feeds may make the same one at once, and keep the same text.
        // By the entry, whose HTML it is: a link to a part of the page ("#how-to-respond") is made the page's.
        String made = absolute.get(id);
        if (made == null) {
            // A page rendered in this build is taken as it was kept (BuildContext.markdown), or known to be too long; one
            // that was not (its page unchanged since the last build) is rendered here.
            String html = !e.isPage() ? announcement(CalendarGenerator.published(page), e, ctx) : ctx.tooLongForFeeds(page) ? null
                    : ctx.markdown(page).html();
            made = html == null || html.length() > ENTRY_LIMIT ? tooLong(summary, url) : withoutCellHeadings(absolute(html, config, url));
            absolute.putIfAbsent(id, made);
        }
        return new Item(id, url, e.title(), summary, made, e.date(), e.modified(), e.isPage());
    }

    /** What a feed holds of an entry too long for it ({@link #ENTRY_LIMIT}): its summary, and where to read it. */
    static String tooLong(String summary, String url) {
        return "<p>" + htmlText(summary) + "</p>\n<p>This is too long to show in full here. <a href=\"" + XmlText.escape(url)
                + "\">Read it on our website</a>.</p>\n";
    }

    /** Each table cell's copy of its column's heading, which the site's stylesheet shows only on a phone. */
    private static final java.util.regex.Pattern CELL_HEADING =
            java.util.regex.Pattern.compile("<span class=\"nhsuk-table__heading\" aria-hidden=\"true\">[^<]*</span>");

    /**
     * A page's HTML without its table cells' copies of their headings: a feed reader has no stylesheet to hide them on a
     * wide screen, so every cell read "Day Monday", "What Drop-in". (Written by PortalExtension, escaped: no tag inside.)
     */
    static String withoutCellHeadings(String html) {
        return html.contains("nhsuk-table__heading") ? CELL_HEADING.matcher(html).replaceAll("") : html;
    }

    private static <D extends org.engagementportal.content.Details> String announcement(PublishedKind<D> kind, FeedPlan.Entry e,
                                                                                       BuildContext ctx) {
        return kind.announcement(e.announces(), kind.details().cast(e.page().document().details()), e.page(), ctx);
    }

    /**
     * Site links ("/engage/about/") made absolute for feed readers, which have no page to resolve them against; links to a
     * part of the page ("#how-to-respond") made links to that part of {@code page} (its absolute address), which a reader
     * resolved against the feed's own address.
     */
    static String absolute(String html, SiteConfig config, String page) {
        URI base = config.baseUrl();
        return RenderedHtml.absoluteLinks(html, base.getScheme() + "://" + base.getRawAuthority(), page);
    }

    private static byte[] rss(SiteConfig config, FeedPlan.Feed feed, List<Item> items, Optional<ZonedDateTime> updated) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n")
                .append("<channel>\n")
                .append("<title>").append(XmlText.escape(rssTitle(feed.title()))).append("</title>\n")
                .append("<link>").append(config.absolute(feed.path())).append("</link>\n")
                .append("<description>").append(XmlText.escape(htmlText(feed.description()))).append("</description>\n")
                .append("<language>").append(XmlText.escape(config.language())).append("</language>\n")
                .append("<atom:link href=\"").append(config.absolute(feed.rss())).append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        // A feed's date is its newest entry's, so it changes only when they do; RSS lets a feed with none go without.
        updated.ifPresent(u -> x.append("<lastBuildDate>").append(RFC_822.format(u)).append("</lastBuildDate>\n"));
        for (Item i : items) {
            x.append("<item>\n")
                    .append("<title>").append(XmlText.escape(rssTitle(i.title()))).append("</title>\n")
                    .append("<link>").append(i.url()).append("</link>\n")
                    .append("<guid isPermaLink=\"").append(i.permalink()).append("\">").append(XmlText.escape(i.id())).append("</guid>\n")
                    .append("<pubDate>").append(RFC_822.format(i.date())).append("</pubDate>\n")
                    // An item's description is HTML to feed readers: the summary is text, so it is escaped for HTML too.
                    .append("<description>").append(XmlText.escape(htmlText(i.summary()))).append("</description>\n")
                    .append("<content:encoded>").append(XmlText.escape(i.html())).append("</content:encoded>\n")
                    .append("</item>\n");
        }
        x.append("</channel>\n</rss>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Some feed readers show an RSS title, the feed's or an item's, as HTML: angle brackets are escaped for HTML as
     * well (an ampersand is not, so "Health & care" reads right in readers that show it as text).
     */
    private static String rssTitle(String title) {
        return title.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] atom(SiteConfig config, FeedPlan.Feed feed, List<Item> items, Optional<ZonedDateTime> updated) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(XmlText.escape(config.language())).append("\">\n")
                .append("<id>").append(XmlText.escape(config.absolute(feed.path()))).append("</id>\n")
                .append("<title>").append(XmlText.escape(feed.title())).append("</title>\n")
                .append("<subtitle>").append(XmlText.escape(feed.description())).append("</subtitle>\n")
                .append("<updated>").append(RFC_3339.format(updated.orElse(NO_ENTRIES))).append("</updated>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(config.absolute(feed.atom())).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(config.absolute(feed.path())).append("\"/>\n")
                .append("<author><name>").append(XmlText.escape(config.name())).append("</name></author>\n");
        for (Item i : items) {
            x.append("<entry>\n")
                    .append("<id>").append(XmlText.escape(i.id())).append("</id>\n")
                    .append("<title>").append(XmlText.escape(i.title())).append("</title>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(XmlText.escape(i.url())).append("\"/>\n")
                    .append("<published>").append(RFC_3339.format(i.date())).append("</published>\n")
                    .append("<updated>").append(RFC_3339.format(i.modified())).append("</updated>\n")
                    .append("<summary type=\"text\">").append(XmlText.escape(i.summary())).append("</summary>\n")
                    .append("<content type=\"html\">").append(XmlText.escape(i.html())).append("</content>\n")
                    .append("</entry>\n");
        }
        x.append("</feed>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(SiteConfig config, FeedPlan.Feed feed, List<Item> items) {
        return Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("version", "https://jsonfeed.org/version/1.1");
            g.writeStringField("title", feed.title());
            g.writeStringField("home_page_url", config.absolute(feed.path()));
            g.writeStringField("feed_url", config.absolute(feed.json()));
            g.writeStringField("description", feed.description());
            g.writeStringField("language", config.language());
            g.writeArrayFieldStart("authors");
            g.writeStartObject();
            g.writeStringField("name", config.name());
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("items");
            for (Item i : items) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("url", i.url());
                g.writeStringField("title", i.title());
                g.writeStringField("summary", i.summary());
                g.writeStringField("content_html", i.html());
                g.writeStringField("date_published", RFC_3339.format(i.date()));
                if (!i.modified().equals(i.date())) {
                    g.writeStringField("date_modified", RFC_3339.format(i.modified()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, "/items", "/items/*");
    }

    /** Text as HTML text: what feed readers read an RSS description as (only &, < and > need escaping). */
    static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
