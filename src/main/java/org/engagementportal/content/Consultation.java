package org.engagementportal.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A consultation or engagement exercise. Its status (upcoming, open, closed...) is never written: it is
 * worked out from {@code opens} and {@code closes} against the build's clock.
 *
 * @param formal   a formal public consultation, which must run at least 12 weeks
 * @param groups   who it is especially for: ids from {@code groups.yml} ("young-carers")
 * @param feedback what people told us, once closed
 * @param outcome  what was decided and what changed because of the feedback
 * @param evidence its impact assessment, scrutiny, decision, and who responded
 */
public record Consultation(ZonedDateTime opens, ZonedDateTime closes, boolean formal, Optional<Engagement> engagement,
                           Optional<Stage> stage, List<String> groups, Respond respond, List<Attachment> documents,
                           Optional<Report> feedback, Optional<Report> outcome, Evidence evidence) implements Details {

    /** A consultation with no evidence recorded yet. */
    public Consultation(ZonedDateTime opens, ZonedDateTime closes, boolean formal, Optional<Engagement> engagement,
                        Optional<Stage> stage, List<String> groups, Respond respond, List<Attachment> documents,
                        Optional<Report> feedback, Optional<Report> outcome) {
        this(opens, closes, formal, engagement, stage, groups, respond, documents, feedback, outcome, Evidence.none());
    }

    /** A formal public consultation runs for at least this many weeks. */
    public static final int FORMAL_WEEKS = 12;
    /** What was decided is published within this many weeks of closing. */
    public static final int OUTCOME_DUE_WEEKS = 12;

    /** The last day the outcome is due. */
    public java.time.LocalDate outcomeDue() {
        return closes.plusWeeks(OUTCOME_DUE_WEEKS).toLocalDate();
    }

    /** The minute it starts to show as closing soon: {@code days} before it closes, or when it opens if that is later. */
    public ZonedDateTime closingSoonFrom(int days) {
        ZonedDateTime soon = closes.minusDays(days);
        return soon.isBefore(opens) ? opens : soon;
    }

    /** Whether it is closing soon from the minute it opens (it runs for {@code days} or less), with no moment of its own. */
    public boolean closingSoonOnOpening(int days) {
        return !closingSoonFrom(days).isAfter(opens);
    }

    /** Whether its outcome is out at {@code now}: an outcome counts from the day it is dated. */
    public boolean outcomePublished(ZonedDateTime now) {
        return outcome.map(o -> !now.toLocalDate().isBefore(o.date())).orElse(false);
    }

    /** Closed, past the day the outcome was due, and no outcome out yet. */
    public boolean outcomeOverdue(ZonedDateTime now) {
        return !now.isBefore(closes) && !outcomePublished(now) && now.toLocalDate().isAfter(outcomeDue());
    }

    public Consultation {
        groups = List.copyOf(groups);
        documents = List.copyOf(documents);
    }

    public static final List<String> FIELDS = java.util.stream.Stream.concat(Stream.of("opens", "closes", "formal", "engagement",
            "stage", "groups", "respond", "documents", "feedback", "outcome"), Evidence.FIELDS.stream()).toList();
}
