package org.engagementportal.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A consultation or engagement exercise. Its status (upcoming, open, closed...) is never written: it is
 * worked out from {@code opens} and {@code closes} against the build's clock.
 *
 * @param formal   a formal public consultation, which must run at least 12 weeks
 * @param groups   who it is for, in the writer's words ("carers", "young people aged 16 to 25")
 * @param feedback what people told us, once closed
 * @param outcome  what was decided and what changed because of the feedback
 */
public record Consultation(ZonedDateTime opens, ZonedDateTime closes, boolean formal, Optional<Engagement> engagement,
                           Optional<Stage> stage, List<String> groups, Respond respond, List<Attachment> documents,
                           Optional<Report> feedback, Optional<Report> outcome) implements Details {

    public Consultation {
        groups = List.copyOf(groups);
        documents = List.copyOf(documents);
    }

    public static final List<String> FIELDS = List.of("opens", "closes", "formal", "engagement", "stage", "groups",
            "respond", "documents", "feedback", "outcome");
}
