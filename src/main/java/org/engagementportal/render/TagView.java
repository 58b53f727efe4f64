package org.engagementportal.render;

/** An NHS.UK tag: words and a colour ("green", "grey"...). */
public record TagView(String text, String colour) {
}
