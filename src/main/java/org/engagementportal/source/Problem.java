package org.engagementportal.source;

import java.util.Comparator;

/**
 * One thing wrong with the content, in words a communications officer understands: where it is, what
 * is wrong (what was expected and what was found) and how to fix it.
 *
 * @param fix a sentence saying what to change, or empty when the message already says it
 */
public record Problem(Severity severity, Position position, String message, String fix) {

    /** Sorted by place, so the report reads top to bottom through each file. */
    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Validate.notNull(severity, "severity");
        Validate.notNull(position, "position");
        Validate.notNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code path:line:col: error: message}. */
    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message + (fix.isEmpty() ? "" : " " + fix);
    }
}
