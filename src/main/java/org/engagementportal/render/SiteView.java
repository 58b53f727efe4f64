package org.engagementportal.render;

import java.util.List;

/**
 * What every page shows of the site: header, navigation and footer. Built once per build.
 *
 * @param descriptor and {@code service} may be null
 * @param image      the picture for social media cards, or null
 * @param alert      the site alert's text when the build's clock is between its times, else null
 * @param searchHref the search page, where the search box in the header goes
 * @param azHref     the A to Z of pages, where search goes without JavaScript
 * @param scriptHref the search page's script
 * @param privacyHref the privacy notice (site.yml's 'privacy', else the page at /privacy/), offered in the footer and where
 *                   a page asks for people's views or names; null when there is none
 */
public record SiteView(String name, String language, String homeHref, String cssHref, String iconHref,
                       String iconSvgHref, String organisation, String descriptor, String service,
                       List<Link> navigation, List<Link> footer, String copyright, Image image, String alert,
                       String searchHref, String azHref, String scriptHref, String privacyHref) {

    /** A picture's absolute address and its alternative text. */
    public record Image(String url, String alt) {
    }
}
