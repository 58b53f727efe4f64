package org.engagementportal.render;

/** An NHS.UK tag: words and a colour ("green", "grey"...). */
public record TagView(String text, String colour) {

    /**
     * The tag's words as a card's link says them after its title, hidden but for screen readers ("cancelled"): someone
     * moving from heading to heading, or through a list of links, heard a cancelled meeting's name with nothing after it,
     * as the tag follows the heading.
     */
    public String inLink() {
        return Views.inSentence(text);
    }
}
