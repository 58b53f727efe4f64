package org.engagementportal.site;

import org.engagementportal.content.ContentKind;
import org.engagementportal.content.Document;

/**
 * A document placed on the site: its published address.
 *
 * @param path the site path, always starting and ending with "/": "/consultations/dental/"
 */
public record SitePage(Document document, String path) {

    /** Its type. */
    public ContentKind<?> kind() {
        return document.kind();
    }

    public String title() {
        return document.meta().title();
    }
}
