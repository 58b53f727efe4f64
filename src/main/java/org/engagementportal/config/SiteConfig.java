package org.engagementportal.config;

import java.net.URI;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.engagementportal.source.Limits;

/**
 * The site settings from {@code content/_data/site.yml}, typed and with defaults.
 *
 * @param baseUrl     where the site is published, always ending in "/"
 * @param language    the BCP 47 language of pages, "en-GB"
 * @param reviewGrace how long after a page's review date the build warns before it fails
 * @param pageSize    items per page in listings
 * @param closingSoonDays  how many days before closing a consultation shows as "closing soon"
 * @param papersDaysBefore how many days before a meeting its papers are expected to be published
 * @param feedItems        the most entries a feed holds
 * @param smogLimit        pages with a higher SMOG grade get a plain-English warning
 * @param limits           how much the portal reads from one content file
 * @param image            the picture shown when a page is shared on social media, if the site has one
 * @param alert            the urgent notice shown at the top of every page between its times, if any
 */
/* privacy: where the privacy notice is, a site address ("/privacy/") or a web address (https://...), from site.yml's
 * 'privacy'; empty when it is not given (a page at /privacy/ is then the notice, if there is one). */
public record SiteConfig(String name, URI baseUrl, String language, ZoneId timeZone, Optional<String> description,
                         Header header, Contact contact, Period reviewGrace, int pageSize, int closingSoonDays,
                         int papersDaysBefore, int feedItems, double smogLimit, Limits limits,
                         Optional<ShareImage> image, Optional<SiteAlert> alert, Optional<String> privacy) {

    public static final String DEFAULT_LANGUAGE = "en-GB";
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Period DEFAULT_REVIEW_GRACE = Period.ofMonths(3);
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_CLOSING_SOON_DAYS = 14;
    public static final int DEFAULT_PAPERS_DAYS_BEFORE = 7;
    public static final int DEFAULT_FEED_ITEMS = 20;
    public static final int DEFAULT_SMOG_LIMIT = 14;
    /** An alert shown for longer than this many days warns: a notice left up stops being read. */
    public static final int DEFAULT_ALERT_MAX_DAYS = 31;

    /** The path part of the base URL ("/" or "/engage/"): prefixed to every link inside the site. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The link to a site path ("/consultations/") from any page: the base path, then the rest. */
    public String link(String sitePath) {
        return basePath() + spaces(sitePath.substring(1));
    }

    /**
     * A file's name may have spaces (it is warned about, not refused); in an address each is written %20, as a space is
     * not allowed there. Pages' addresses never have one.
     */
    private static String spaces(String path) {
        return path.indexOf(' ') < 0 ? path : path.replace(" ", "%20");
    }

    /** The absolute address of a site path, for sitemaps, feeds and canonical links. */
    public String absolute(String sitePath) {
        return baseUrl + spaces(sitePath.substring(1));
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(name, url, language, timeZone, description, header, contact, reviewGrace, pageSize,
                closingSoonDays, papersDaysBefore, feedItems, smogLimit, limits, image, alert, privacy);
    }
}
