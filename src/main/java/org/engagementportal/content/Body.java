package org.engagementportal.content;

/**
 * The Markdown after the front matter.
 *
 * @param firstLine the line of the file the Markdown starts on, to turn Markdown positions into file ones
 */
public record Body(String markdown, int firstLine) {

    public boolean isBlank() {
        return markdown.isBlank();
    }
}
