package org.engagementportal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A record of engagement that is not a consultation: a drop-in, a survey, a stall, a focus group, an online
 * session. It is evidence of who was heard, what they said and what was done about it.
 *
 * @param starts       the day it took place, or its first day
 * @param ends         its last day (the same as {@code starts} for one day)
 * @param reached      ids from {@code groups.yml} of the seldom-heard groups it reached
 * @param people       how many people took part, when counted
 * @param heard        what people said ("you said")
 * @param did          what was done because of it ("we did"), dated
 * @param consultation the consultation it was part of, as written
 * @param event        the event it was held at, as written
 */
public record EngagementRecord(LocalDate starts, LocalDate ends, Activity activity, Engagement engagement, Stage stage,
                               List<String> reached, OptionalInt people, Optional<Said> heard, Optional<Report> did,
                               Optional<String> consultation, Optional<String> event) implements Details {

    public EngagementRecord {
        reached = List.copyOf(reached);
    }

    /**
     * What people said, as Markdown starting at {@code firstLine} of the file; {@code from} the day it is published,
     * where it has one of its own (a consultation's 'feedback'), or with its record.
     */
    public record Said(String markdown, int firstLine, java.util.Optional<java.time.LocalDate> from) {
        public Said(String markdown, int firstLine) {
            this(markdown, firstLine, java.util.Optional.empty());
        }

        /** Whether it is published on {@code today}: from its own date, when it has one. */
        public boolean outOn(java.time.LocalDate today) {
            return from.map(d -> !d.isAfter(today)).orElse(true);
        }
    }

    public static final List<String> FIELDS = List.of("date", "starts", "ends", "activity", "engagement", "stage", "reached",
            "people", "heard", "did", "consultation", "event");
}
