package org.engagementportal.render;

/** A link as templates show it: where it goes, its words, and whether it is the current page. */
public record Link(String href, String text, boolean current) {

    public static Link of(String href, String text) {
        return new Link(href, text, false);
    }
}
