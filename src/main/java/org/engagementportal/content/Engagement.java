package org.engagementportal.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rung of the ladder of engagement and participation a piece of engagement sits on, from telling
 * people about a decision to handing the decision to them.
 */
public enum Engagement {
    INFORM("inform", "We are telling you about a change and why it is happening.", "people were told about a change"),
    CONSULT("consult", "We are asking for your views before we decide.", "people were asked for their views"),
    INVOLVE("involve", "We are working with you to shape the options.", "people helped shape the options"),
    COLLABORATE("collaborate", "We are making the decision in partnership with you.", "the decision was made in partnership"),
    DEVOLVE("devolve", "The community will make this decision.", "the community made the decision");

    private final String id;
    private final String plain;
    private final String happened;

    Engagement(String id, String plain, String happened) {
        this.id = id;
        this.plain = plain;
        this.happened = happened;
    }

    /** What happened at this rung, to follow "Engagement where": "people were asked for their views". */
    public String happened() {
        return happened;
    }

    public String id() {
        return id;
    }

    /** What the rung means for a reader, in plain words. */
    public String plain() {
        return plain;
    }

    public static Map<String, Engagement> byId() {
        Map<String, Engagement> map = new LinkedHashMap<>();
        for (Engagement e : values()) {
            map.put(e.id, e);
        }
        return map;
    }
}
