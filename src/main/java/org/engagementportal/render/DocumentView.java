package org.engagementportal.render;

/**
 * A downloadable document, described so the link tells the truth about it: "PDF, 1.2 MB, 24 pages".
 *
 * @param type     the short file type for an {@code <abbr>}: "PDF"
 * @param typeName the type spelled out for its title: "Portable Document Format"
 * @param pages    the page count with its noun, "24 pages", or null when not known
 * @param mayNotBeAccessible true for a PDF without a title, language or tags
 * @param requestHref        a prefilled email asking for the document in an accessible format, or null
 * @param webHref            the page of this site with the same text, or null when there is none
 */
public record DocumentView(String href, String title, String type, String typeName, String size, String pages,
                           boolean mayNotBeAccessible, String requestHref, String webHref) {

    /** "PDF, 1.2 MB, 24 pages", as plain text. */
    public String description() {
        return type + ", " + size + (pages == null ? "" : ", " + pages);
    }
}
