package org.engagementportal.render;

import java.util.List;

/**
 * What the page layout needs besides the page's own content.
 *
 * @param pageTitle   the {@code <title>}: "Page title - Site name"
 * @param canonical   the absolute address of the page
 * @param lang        the page's language; {@code dir} is "ltr" or "rtl"
 * @param siteLang    the language of the site's own words (navigation, labels): on a translation these are
 *                    marked with it, and the translated title, summary and text with {@code lang}
 * @param breadcrumbs the pages above this one, from the home page; empty on the home page
 * @param alternates  other versions of this page (easy read, translations), for the "read this in" links
 * @param versions    the {@code <link rel="alternate">} elements of the head, with absolute addresses: see
 *                    {@link PageViews#headLinks}
 * @param request     the "request another format" block, or null when the site has no way to ask
 * @param feeds       the feeds of this page's listing (or of the listing it is in), for rel=alternate links
 * @param easyRead    true on easy-read versions, which have their own larger, calmer layout
 * @param hardWords   on easy-read versions, the hard words the page uses and what they mean
 * @param title       the page's own title, for social media cards ({@code og:title})
 * @param ogType      "website" for the home page, "article" for the others
 * @param jsonLd      the page's schema.org data as JSON with {@code <>&} escaped ({@link StructuredData}), or null
 */
public record LayoutView(String pageTitle, String description, String canonical, String lang, String dir,
                         String siteLang, List<Link> breadcrumbs, List<Alternate> alternates, List<HeadLink> versions,
                         RequestFormat request, List<FeedLink> feeds, boolean easyRead, List<HardWord> hardWords, String title,
                         String ogType, String jsonLd) {

    /** The language of the page for {@code og:locale}: "en_GB". */
    public String locale() {
        return lang.replace('-', '_');
    }

    /** The same layout with schema.org data about the page. */
    public LayoutView withStructuredData(java.util.Map<String, Object> data) {
        return new LayoutView(pageTitle, description, canonical, lang, dir, siteLang, breadcrumbs, alternates, versions, request, feeds,
                easyRead, hardWords, title, ogType, StructuredData.json(data));
    }

    /**
     * True when the page is in another language than the site's own words (a translation): the site's words are
     * then marked with {@code siteLang}, and the page's title, summary and text with {@code lang} (WCAG 3.1.2).
     */
    public boolean otherLanguage() {
        return !lang.equals(siteLang);
    }

    /** The page one level up, for the back link: the last of the breadcrumbs, or null on the home page. */
    public Link back() {
        return breadcrumbs.isEmpty() ? null : breadcrumbs.get(breadcrumbs.size() - 1);
    }

    /** A word from the glossary and its meaning, for the "hard words" list of an easy-read page. */
    public record HardWord(String word, String meaning) {
    }

    /** The same layout for an easy-read page, with its hard words. */
    public LayoutView asEasyRead(List<HardWord> words) {
        return new LayoutView(pageTitle, description, canonical, lang, dir, siteLang, breadcrumbs, alternates, versions, request, feeds,
                true, List.copyOf(words), title, ogType, jsonLd);
    }

    /** The same layout with these {@code <link rel="alternate">} elements in its head. */
    public LayoutView withVersions(List<HeadLink> links) {
        return new LayoutView(pageTitle, description, canonical, lang, dir, siteLang, breadcrumbs, alternates, List.copyOf(links),
                request, feeds, easyRead, hardWords, title, ogType, jsonLd);
    }

    /**
     * A {@code <link rel="alternate">} to a version of the page, for search engines.
     *
     * @param href     its absolute address, as hreflang requires
     * @param hreflang its language code, "x-default", or null for a version outside the page's set of languages
     * @param title    what the version is, or null for the page itself and x-default
     */
    public record HeadLink(String href, String hreflang, String title) {
    }

    /** A feed in one format: its MIME type, a title saying which format, and its absolute address. */
    public record FeedLink(String type, String title, String href) {
    }
}
