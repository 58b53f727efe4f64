package org.engagementportal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a consultation or an engagement record contributes to the evidence of engagement: the yearly "you said, we
 * did" pages and the open data are made from these rows, one per page, whatever its type.
 *
 * @param kind      "consultation" or "engagement"
 * @param activity  what it was, for readers: "Formal public consultation", "Focus group"
 * @param started   its first day; {@code closed} its last (a consultation's closing day)
 * @param groups    ids from groups.yml it reached or was for
 * @param people    how many took part or responded, when counted
 * @param responses responses by channel (consultations)
 * @param heard     what people said ("you said"), as Markdown at a line of the file
 * @param did       what was decided or done ("we did"), dated
 * @param decision  the meeting and agenda item that decided it (consultations)
 * @param due       the day the outcome was due by, for types that have one
 */
public record EngagementRow(String kind, String activity, LocalDate started, LocalDate closed, Optional<Engagement> rung,
                            Optional<Stage> stage, List<String> groups, OptionalInt people, List<Evidence.Count> responses,
                            Optional<EngagementRecord.Said> heard, Optional<Report> did, Optional<Evidence.Decision> decision,
                            Optional<LocalDate> due) {

    public EngagementRow {
        groups = List.copyOf(groups);
        responses = List.copyOf(responses);
    }

    /** Whether an outcome came when it was due. */
    public enum OnTime {
        /** Published by the day it was due. */
        YES("yes"),
        /** Published, after the day it was due. */
        LATE("no"),
        /** Not published, and the day it was due has passed. */
        OVERDUE("overdue"),
        /** Not published, and not due yet. */
        NOT_YET_DUE("not yet due"),
        /** Nothing is due: engagement records have no deadline. */
        NOT_APPLICABLE("");

        private final String id;

        OnTime(String id) {
            this.id = id;
        }

        /** As the open data writes it: "yes", "no", "overdue", "not yet due", or "" when nothing is due. */
        public String id() {
            return id;
        }
    }

    /** Whether the outcome was published on time, as it stands on {@code today}. */
    public OnTime onTime(LocalDate today) {
        if (due.isEmpty()) {
            return OnTime.NOT_APPLICABLE;
        }
        if (did.isPresent() && !did.get().date().isAfter(today)) {
            return did.get().date().isAfter(due.get()) ? OnTime.LATE : OnTime.YES;
        }
        return today.isAfter(due.get()) ? OnTime.OVERDUE : OnTime.NOT_YET_DUE;
    }
}
