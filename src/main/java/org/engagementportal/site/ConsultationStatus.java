package org.engagementportal.site;

import java.time.ZonedDateTime;
import org.engagementportal.content.Consultation;

/**
 * Where a consultation is in its life, worked out from its dates and the build's clock; never written by
 * hand. The order of the constants is the order of the sections on the consultations page.
 */
public enum ConsultationStatus {
    CLOSING_SOON("closing-soon", "Closing soon", "orange"),
    OPEN("open", "Open", "green"),
    UPCOMING("upcoming", "Opening soon", "blue"),
    CLOSED("closed", "Closed", "grey"),
    OUTCOME_PUBLISHED("outcome", "Outcome published", "purple");

    private final String id;
    private final String label;
    private final String colour;

    ConsultationStatus(String id, String label, String colour) {
        this.id = id;
        this.label = label;
        this.colour = colour;
    }

    public String id() {
        return id;
    }

    /** The words on the tag readers see. */
    public String label() {
        return label;
    }

    /** The NHS.UK tag colour. */
    public String colour() {
        return colour;
    }

    public boolean isOpen() {
        return this == OPEN || this == CLOSING_SOON;
    }

    /**
     * The status at {@code now}. A consultation is open from the minute it opens until the minute it
     * closes; "closing soon" in its last {@code closingSoonDays} days; its outcome counts as published from
     * the outcome's date.
     */
    public static ConsultationStatus of(Consultation c, ZonedDateTime now, int closingSoonDays) {
        if (now.isBefore(c.opens())) {
            return UPCOMING;
        }
        if (now.isBefore(c.closes())) {
            return now.isBefore(c.closingSoonFrom(closingSoonDays)) ? OPEN : CLOSING_SOON;
        }
        return c.outcomePublished(now) ? OUTCOME_PUBLISHED : CLOSED;
    }
}
