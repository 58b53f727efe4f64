package org.engagementportal.checks;

/**
 * How sure a rule is, in pa11y's terms: an error is a definite failure, a warning is likely and needs a person
 * to confirm it, a notice points at something a person should look at. {@code typeCode} is pa11y's number.
 */
public enum Level {
    ERROR(1), WARNING(2), NOTICE(3);

    private final int typeCode;

    Level(int typeCode) {
        this.typeCode = typeCode;
    }

    /** pa11y's {@code typeCode}: 1 for an error, 2 for a warning, 3 for a notice. */
    public int typeCode() {
        return typeCode;
    }

    /** pa11y's {@code type}: "error", "warning" or "notice". */
    public String type() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
