package org.engagementportal.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** What kind of engagement activity an engagement record is: the controlled list its 'activity' is from. */
public enum Activity {
    DROP_IN("drop-in", "Drop-in session"),
    SURVEY("survey", "Survey"),
    STALL("stall", "Stall at a community event"),
    FOCUS_GROUP("focus-group", "Focus group"),
    ONLINE_SESSION("online-session", "Online session"),
    WORKSHOP("workshop", "Workshop"),
    PUBLIC_MEETING("public-meeting", "Public meeting"),
    OUTREACH("outreach", "Outreach visit"),
    INTERVIEWS("interviews", "One-to-one conversations"),
    PANEL("panel", "Citizens' panel");

    private final String id;
    private final String label;

    Activity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** Its name for readers: "Focus group". */
    public String label() {
        return label;
    }

    public static Map<String, Activity> byId() {
        Map<String, Activity> map = new LinkedHashMap<>();
        for (Activity a : values()) {
            map.put(a.id, a);
        }
        return map;
    }
}
