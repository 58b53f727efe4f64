package org.engagementportal.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** The formats information can be requested in, under the Accessible Information Standard. */
public enum Format {
    EASY_READ("easy-read", "Easy read", "easy read"),
    LARGE_PRINT("large-print", "Large print", "large print"),
    BRAILLE("braille", "Braille", "braille"),
    AUDIO("audio", "Audio", "audio"),
    BSL("bsl", "British Sign Language video", "British Sign Language video"),
    OTHER_LANGUAGES("other-languages", "Other languages", "another language"),
    ACCESSIBLE_PDF("accessible-pdf", "Accessible PDF or Word document", "an accessible PDF or Word document");

    private final String id;
    private final String label;
    private final String inSentence;

    Format(String id, String label, String inSentence) {
        this.id = id;
        this.label = label;
        this.inSentence = inSentence;
    }

    /** The format as written inside a sentence: "large print", "another language". */
    public String inSentence() {
        return inSentence;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Map<String, Format> byId() {
        Map<String, Format> map = new LinkedHashMap<>();
        for (Format f : values()) {
            map.put(f.id, f);
        }
        return map;
    }
}
