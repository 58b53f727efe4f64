package org.engagementportal.render;

import java.util.List;

/**
 * What the page layout needs besides the page's own content.
 *
 * @param pageTitle   the {@code <title>}: "Page title - Site name"
 * @param canonical   the absolute address of the page
 * @param lang        the page's language; {@code dir} is "ltr" or "rtl"
 * @param breadcrumbs the pages above this one, from the home page; empty on the home page
 * @param alternates  other versions of this page (easy read, translations)
 * @param request     the "request another format" block, or null when the site has no way to ask
 */
public record LayoutView(String pageTitle, String description, String canonical, String lang, String dir,
                         List<Link> breadcrumbs, List<Alternate> alternates, RequestFormat request) {
}
