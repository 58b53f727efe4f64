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

    /** Whether the outcome was published on time: "yes", "no", "overdue" (none yet, and late), "not yet due", or "" when it has no due date. */
    public String onTime(LocalDate today) {
        if (due.isEmpty()) {
            return "";
        }
        if (did.isPresent() && !did.get().date().isAfter(today)) {
            return did.get().date().isAfter(due.get()) ? "no" : "yes";
        }
        return today.isAfter(due.get()) ? "overdue" : "not yet due";
    }
}
