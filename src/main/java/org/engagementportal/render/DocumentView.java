package org.engagementportal.render;

/**
 * A downloadable document, described so the link tells the truth about it: "PDF, 1.2 MB, 24 pages".
 *
 * @param type     the short file type for an {@code <abbr>}: "PDF"
 * @param typeName the type spelled out for its title: "Portable Document Format"
 * @param pages    the page count, or null when not known
 */
public record DocumentView(String href, String title, String type, String typeName, String size, Integer pages) {

    /** "PDF, 1.2 MB, 24 pages", as plain text. */
    public String description() {
        return type + ", " + size + (pages == null ? "" : ", " + pages + (pages == 1 ? " page" : " pages"));
    }
}
