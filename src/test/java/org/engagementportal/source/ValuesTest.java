package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void readsDatesAndDateTimesTheWayTheyAreWritten() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), Values.date("2026-03-31"));
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 31, 17, 0)), Values.dateTime("2026-03-31T17:00", null));
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 31, 9, 5)), Values.dateTime("2026-03-31 9:05", null));
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 31, 23, 59)), Values.dateTime("2026-03-31", LocalTime.of(23, 59)));
    }

    @Test
    void rejectsDatesThatDoNotExistOrAreNotExact() {
        assertTrue(Values.date("2026-02-30").isEmpty());
        assertTrue(Values.date("next week").isEmpty());
        assertTrue(Values.dateTime("2026-03-31", null).isEmpty());
        assertTrue(Values.dateTime("2026-03-31T25:00", null).isEmpty());
        assertTrue(Values.dateTime("soon", LocalTime.MIDNIGHT).isEmpty());
    }

    @Test
    void guessesWhatADateWrittenAnotherWayMeans() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), Values.guessDate("31/03/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), Values.guessDate("31st March 2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), Values.guessDate("1 Mar 2026"));
        assertTrue(Values.guessDate("next week").isEmpty());
    }

    @Test
    void readsIntervals() {
        assertEquals(Optional.of(Period.ofMonths(6)), Values.interval("6 months"));
        assertEquals(Optional.of(Period.ofYears(1)), Values.interval("1 year"));
        assertEquals(Optional.of(Period.ofWeeks(12)), Values.interval("12 weeks"));
        assertTrue(Values.interval("half a year").isEmpty());
    }

    /** Found in review: a number past an int ended the build with a stack trace, and a huge one overflowed dates. */
    @Test
    void intervalsOfMoreThanAHundredYearsAreNotRead() {
        assertEquals(Optional.of(Period.ofYears(100)), Values.interval("100 years"));
        assertEquals(Optional.of(Period.ofMonths(1200)), Values.interval("1200 months"));
        assertEquals(Optional.of(Period.ofMonths(6)), Values.interval("0006 months"));
        for (String tooLong : List.of("101 years", "1201 months", "5301 weeks", "36601 days", "2147483648 months",
                "99999999999999999999 days", "999999999 years")) {
            assertTrue(Values.interval(tooLong).isEmpty(), tooLong);
        }
    }

    @Test
    void checksEmailWebAndPhone() {
        assertTrue(Values.isEmail("engage@northshire-icb.example"));
        assertFalse(Values.isEmail("engage at northshire"));
        assertFalse(Values.isEmail("engage@localhost"));
        assertTrue(Values.webLink("https://engage.example.org/survey").isPresent());
        assertTrue(Values.webLink("www.example.org").isEmpty());
        assertTrue(Values.webLink("javascript:alert(1)").isEmpty());
        assertEquals(Optional.of("01632960123"), Values.phone("01632 960 123"));
        assertEquals(Optional.of("+441632960123"), Values.phone("+44 1632 960123"));
        assertTrue(Values.phone("18001 01632 960 123").isPresent());
        assertTrue(Values.phone("0163").isEmpty());
        assertTrue(Values.phone("call us").isEmpty());
    }

    @Test
    void suggestsWebAddressForms() {
        assertEquals("dental-care-review", Values.slug("Dental Care Review"));
        assertEquals("cafe-plan", Values.slug("Café plan!"));
    }
}
