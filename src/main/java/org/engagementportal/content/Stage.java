package org.engagementportal.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where in the commissioning cycle a piece of engagement happens, with its plain-English name. */
public enum Stage {
    ASSESS("assess", "Understanding what people need"),
    PLAN("plan", "Planning and setting priorities"),
    DESIGN("design", "Designing services"),
    PROCURE("procure", "Choosing who provides services"),
    MONITOR("monitor", "Checking how well services work");

    private final String id;
    private final String plain;

    Stage(String id, String plain) {
        this.id = id;
        this.plain = plain;
    }

    public String id() {
        return id;
    }

    public String plain() {
        return plain;
    }

    public static Map<String, Stage> byId() {
        Map<String, Stage> map = new LinkedHashMap<>();
        for (Stage s : values()) {
            map.put(s.id, s);
        }
        return map;
    }
}
