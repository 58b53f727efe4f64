package org.engagementportal.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Access arrangements an event offers. */
public enum Access {
    STEP_FREE("step-free", "Step-free access"),
    HEARING_LOOP("hearing-loop", "Hearing loop"),
    BSL("bsl", "British Sign Language interpreter"),
    ACCESSIBLE_TOILET("accessible-toilet", "Accessible toilet"),
    PARKING("parking", "Accessible parking"),
    QUIET_ROOM("quiet-room", "Quiet room"),
    CAPTIONS("captions", "Live captions");

    private final String id;
    private final String label;

    Access(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Map<String, Access> byId() {
        Map<String, Access> map = new LinkedHashMap<>();
        for (Access a : values()) {
            map.put(a.id, a);
        }
        return map;
    }
}
