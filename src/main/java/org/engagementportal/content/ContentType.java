package org.engagementportal.content;

/**
 * The kinds of content. The folder a file is in decides its type (see {@link ContentLoader}); the
 * Accessible Information Statement says {@code type: statement} because it lives among pages.
 */
public enum ContentType {
    PAGE("page", "a page"),
    CONSULTATION("consultation", "a consultation"),
    MEETING("meeting", "a meeting"),
    BULLETIN("bulletin", "a bulletin"),
    EVENT("event", "an event"),
    STATEMENT("statement", "the Accessible Information Statement");

    private final String id;
    private final String described;

    ContentType(String id, String described) {
        this.id = id;
        this.described = described;
    }

    /** The word used in front matter and template names: "consultation". */
    public String id() {
        return id;
    }

    /** The phrase used in messages: "a consultation". */
    public String described() {
        return described;
    }
}
