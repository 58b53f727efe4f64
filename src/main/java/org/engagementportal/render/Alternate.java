package org.engagementportal.render;

/**
 * Another version of the same page, for {@code <link rel="alternate">} and the "read this in" links.
 *
 * @param hreflang the language of the version; null for the easy-read version in the site's language
 * @param label    the link's words, in the version's own language ("Darllenwch hwn yn Gymraeg")
 */
public record Alternate(String href, String hreflang, String label, String dir) {
}
