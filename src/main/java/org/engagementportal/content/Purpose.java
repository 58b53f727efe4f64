package org.engagementportal.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why an item is on a meeting's agenda. */
public enum Purpose {
    DECISION("decision", "For decision"),
    ASSURANCE("assurance", "For assurance"),
    INFORMATION("information", "For information"),
    DISCUSSION("discussion", "For discussion");

    private final String id;
    private final String label;

    Purpose(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Map<String, Purpose> byId() {
        Map<String, Purpose> map = new LinkedHashMap<>();
        for (Purpose p : values()) {
            map.put(p.id, p);
        }
        return map;
    }
}
