package org.engagementportal.render;

/**
 * Another version of the same page, for {@code <link rel="alternate">} and the "read this in" links.
 *
 * @param hreflang the language of the version; null for the easy-read version in the site's language
 * @param label    the link's words, in the version's own language ("Darllenwch hwn yn Gymraeg"), or in English where Java
 *                 knows no name of the language in itself ("Egyptian Arabic")
 * @param labelLang the language of those words, for the link's lang: the version's, or "en" for an English name
 * @param dir      their direction
 */
public record Alternate(String href, String hreflang, String label, String labelLang, String dir) {
}
