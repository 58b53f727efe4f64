package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Report;
import org.engagementportal.content.Respond;
import org.junit.jupiter.api.Test;

/** Status flips exactly on the minute, in Europe/London, across a clock change. */
class ConsultationStatusTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime OPENS = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, LONDON);
    // Closes after the clocks go forward on 29 March 2026.
    static final ZonedDateTime CLOSES = ZonedDateTime.of(2026, 4, 30, 17, 0, 0, 0, LONDON);

    private static Consultation consultation(Optional<Report> outcome) {
        Respond respond = new Respond(Optional.empty(), Optional.of("a@b.example"), Optional.empty(), Optional.empty(), List.of());
        return new Consultation(OPENS, CLOSES, false, Optional.empty(), Optional.empty(), List.of(), respond, List.of(),
                Optional.empty(), outcome);
    }

    private static ConsultationStatus at(Consultation c, ZonedDateTime now) {
        return ConsultationStatus.of(c, now, 14);
    }

    @Test
    void upcomingUntilTheMinuteItOpens() {
        Consultation c = consultation(Optional.empty());
        assertEquals(ConsultationStatus.UPCOMING, at(c, OPENS.minusMinutes(1)));
        assertEquals(ConsultationStatus.OPEN, at(c, OPENS));
    }

    @Test
    void closingSoonInTheLastFourteenDays() {
        Consultation c = consultation(Optional.empty());
        assertEquals(ConsultationStatus.OPEN, at(c, CLOSES.minusDays(14).minusMinutes(1)));
        assertEquals(ConsultationStatus.CLOSING_SOON, at(c, CLOSES.minusDays(14)));
        assertEquals(ConsultationStatus.CLOSING_SOON, at(c, CLOSES.minusMinutes(1)));
        assertEquals(ConsultationStatus.OPEN, ConsultationStatus.of(c, CLOSES.minusDays(14), 7), "the window is configurable");
    }

    @Test
    void closedFromTheMinuteItClosesUntilTheOutcomeIsDated() {
        Consultation c = consultation(Optional.of(new Report(LocalDate.of(2026, 6, 15), "We did.", 1)));
        assertEquals(ConsultationStatus.CLOSED, at(c, CLOSES));
        assertEquals(ConsultationStatus.CLOSED, at(c, ZonedDateTime.of(2026, 6, 14, 23, 59, 0, 0, LONDON)));
        assertEquals(ConsultationStatus.OUTCOME_PUBLISHED, at(c, ZonedDateTime.of(2026, 6, 15, 0, 0, 0, 0, LONDON)));
    }

    @Test
    void withoutAnOutcomeItStaysClosed() {
        assertEquals(ConsultationStatus.CLOSED, at(consultation(Optional.empty()), CLOSES.plusYears(1)));
    }

    @Test
    void theClockChangeDoesNotShiftTheMinute() {
        Consultation c = consultation(Optional.empty());
        // 16:59 British Summer Time is 15:59 UTC: still open.
        assertEquals(ConsultationStatus.CLOSING_SOON, at(c, ZonedDateTime.of(2026, 4, 30, 15, 59, 0, 0, ZoneId.of("UTC"))));
        assertEquals(ConsultationStatus.CLOSED, at(c, ZonedDateTime.of(2026, 4, 30, 16, 0, 0, 0, ZoneId.of("UTC"))));
    }
}
