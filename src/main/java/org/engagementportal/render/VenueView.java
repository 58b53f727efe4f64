package org.engagementportal.render;

/**
 * Where something happens; {@code address} and {@code access} may be null. On a translation, {@code nameAsPage} and
 * {@code accessAsPage} say the name and access notes are its page's words, left untranslated (the portal's new translation
 * copies them), so they are marked as the site's language and not the translation's, which screen readers would read
 * them in.
 */
public record VenueView(String name, String address, String access, boolean nameAsPage, boolean accessAsPage) {
}
