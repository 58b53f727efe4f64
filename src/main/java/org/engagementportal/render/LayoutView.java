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

    /**
     * The language of the page for {@code og:locale}, which Facebook and others read only as language and territory:
     * "en_GB" for "en-GB", and for a language given alone, the territory those sites pair it with ("pl_PL",
     * "ur_PK", Arabic's "ar_AR"); a language not listed here is given alone.
     */
    public String locale() {
        return localeOf(lang);
    }

    static String localeOf(String lang) {
        java.util.Locale l = java.util.Locale.forLanguageTag(lang);
        if (!l.getLanguage().isEmpty() && !l.getCountry().isEmpty()) {
            return l.getLanguage() + "_" + l.getCountry(); // "en-gb" and "en-GB" both "en_GB"
        }
        String language = l.getLanguage().isEmpty() ? lang : l.getLanguage(); // "zh-Hant": "zh"
        if (language.equals("zh") && l.getScript().equals("Hant")) {
            return "zh_HK"; // traditional characters: Hong Kong's, as most Chinese speakers in the UK write them, not zh_CN
        }
        if (language.equals("pa") && l.getScript().equals("Arab")) {
            return "pa_PK"; // Punjabi in Arabic letters (Shahmukhi) is written in Pakistan; in Gurmukhi, in India
        }
        return LOCALES.getOrDefault(language, language);
    }

    /** The usual locale of each language NHS bodies often translate into, where a page gives the language alone. */
    private static final java.util.Map<String, String> LOCALES = java.util.Map.ofEntries(
            java.util.Map.entry("en", "en_GB"), java.util.Map.entry("cy", "cy_GB"), java.util.Map.entry("gd", "gd_GB"),
            java.util.Map.entry("ga", "ga_IE"), java.util.Map.entry("pl", "pl_PL"), java.util.Map.entry("ro", "ro_RO"),
            java.util.Map.entry("pt", "pt_PT"), java.util.Map.entry("es", "es_ES"), java.util.Map.entry("fr", "fr_FR"),
            java.util.Map.entry("it", "it_IT"), java.util.Map.entry("de", "de_DE"), java.util.Map.entry("lt", "lt_LT"),
            java.util.Map.entry("lv", "lv_LV"), java.util.Map.entry("bg", "bg_BG"), java.util.Map.entry("sq", "sq_AL"),
            java.util.Map.entry("ru", "ru_RU"), java.util.Map.entry("uk", "uk_UA"), java.util.Map.entry("tr", "tr_TR"),
            java.util.Map.entry("ku", "ku_TR"), java.util.Map.entry("ar", "ar_AR"), java.util.Map.entry("fa", "fa_IR"),
            java.util.Map.entry("ps", "ps_AF"), java.util.Map.entry("ur", "ur_PK"), java.util.Map.entry("pa", "pa_IN"),
            java.util.Map.entry("bn", "bn_IN"), java.util.Map.entry("gu", "gu_IN"), java.util.Map.entry("hi", "hi_IN"),
            java.util.Map.entry("ta", "ta_IN"), java.util.Map.entry("so", "so_SO"), java.util.Map.entry("zh", "zh_CN"));

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

    /**
     * The same layout for a meeting or event called off: its title in the browser's tab, search results and shared links
     * says so first, and its description says when and why, where they still invited people to come.
     */
    public LayoutView calledOff(String why) {
        return new LayoutView("Cancelled: " + pageTitle, why, canonical, lang, dir, siteLang, breadcrumbs, alternates, versions,
                request, feeds, easyRead, hardWords, "Cancelled: " + title, ogType, jsonLd);
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
