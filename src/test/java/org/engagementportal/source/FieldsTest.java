package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldsTest {
    private static final List<String> ALLOWED = List.of("title", "summary", "closes", "formal", "topics", "engagement", "respond");

    private final Problems problems = new Problems();

    private Fields read(String yaml) {
        SourceText src = SourceText.of("content/c.md", "---\n" + yaml + "---\n");
        YamlNode root = Yaml.parse(src, yaml, 2, problems).orElse(null);
        return Fields.of(root, "a consultation", ALLOWED, problems, new Position("content/c.md", 1, 1));
    }

    private Problem only() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void anUnknownFieldIsAnErrorWithASuggestionAndTheList() {
        read("title: T\nsumary: S\n");
        Problem p = only();
        assertEquals(new Position("content/c.md", 3, 1), p.position());
        assertEquals("'sumary' is not a field of a consultation. Did you mean 'summary'?", p.message());
        assertTrue(p.fix().contains("title, summary, closes"), p.fix());
    }

    @Test
    void aFieldGivenTwiceNamesTheFirstLine() {
        read("title: A\nsummary: S\ntitle: B\n");
        Problem p = only();
        assertEquals(4, p.position().line());
        assertTrue(p.message().contains("given twice") && p.message().contains("line 2"), p.message());
    }

    @Test
    void aMissingRequiredFieldSaysWhatToAdd() {
        Fields f = read("title: T\n");
        assertTrue(f.text("summary", true).isEmpty());
        Problem p = only();
        assertEquals("a consultation needs 'summary' (text), but it is missing.", p.message());
        assertTrue(p.fix().startsWith("Add a line such as: summary:"), p.fix());
    }

    @Test
    void anEmptyRequiredFieldIsReportedWhereItIs() {
        Fields f = read("title: T\nsummary:\n");
        assertTrue(f.text("summary", true).isEmpty());
        assertEquals(3, only().position().line());
    }

    @Test
    void aWordWhereADateIsExpectedIsAnError() {
        Fields f = read("closes: soon\n");
        assertTrue(f.dateTime("closes", LocalTime.of(23, 59), true).isEmpty());
        Problem p = only();
        assertEquals(new Position("content/c.md", 2, 9), p.position());
        assertEquals("'closes' must be a date like 2026-03-31, or a date and time like 2026-03-31T17:00, but it is \"soon\".",
                p.message());
    }

    @Test
    void aDateWrittenTheBritishWayGetsAnExactSuggestion() {
        Fields f = read("closes: 31/03/2026\n");
        f.dateTime("closes", LocalTime.of(23, 59), true);
        assertEquals("Did you mean 2026-03-31? A date alone means 23:59 that day; for another time add T and the time on the "
                + "24-hour clock, for example 2026-03-31T17:00.", only().fix(), "not a time that would close it at 5pm");
    }

    /** A date that could be read but does not exist, or a time written otherwise, is explained in the writer's terms. */
    @Test
    void aMistakenDateOrTimeIsExplained() {
        assertEquals("November 2026 has 30 days. Write a date that exists, as year-month-day, then T and the time on the 24-hour "
                + "clock, for example 2026-03-31T17:00.", fixFor("closes: 31/11/2026\n", LocalTime.of(23, 59)));
        assertEquals("February 2026 has 28 days.", fixFor("closes: 2026-02-30\n", LocalTime.of(23, 59)).split(" Write")[0]);
        assertEquals("There is no month 13: the months go from 1 to 12.", fixFor("closes: 2026-13-01\n", null).split(" Write")[0]);
        assertEquals("There is no day 0 of a month: the days start at 1.", fixFor("closes: 2027-04-00\n", null).split(" Write")[0]);
        assertEquals("There is no month 31: the month may be written first, as in the United States. Did you mean 2027-12-31?",
                fixFor("closes: 12/31/2027\n", null).split(" Write")[0]);
        assertEquals("The day ends at 23:59 here: write 2026-12-25T23:59, or 2026-12-26T00:00.", fixFor("closes: 2026-12-25T24:00\n", null));
        assertEquals("Leave out the time zone: times are UK time, as the clocks show it. Write 2026-12-25T17:00.",
                fixFor("closes: 2026-12-25T17:00Z\n", null));
        assertEquals("Leave out the time zone: times are UK time, as the clocks show it. Write 2026-07-01T09:30.",
                fixFor("closes: 2026-07-01T9:30+01:00\n", null));
        assertEquals("Add the time after the date, with a T, on the 24-hour clock: for example 2027-03-25T17:00.",
                fixFor("starts: 2027-03-25\n", null), "a meeting needs its time");
        assertEquals("Write the time on the 24-hour clock: 2026-12-25T19:00.", fixFor("starts: 2026-12-25 7pm\n", null));
        assertEquals("Write the time on the 24-hour clock: 2026-12-25T00:30.", fixFor("starts: 2026-12-25T12:30am\n", null));
        assertEquals("February 2026 has 28 days. Write a date that exists, as year-month-day, for example 2026-03-31.",
                fixDateFor("date: 29.2.2026\n"));
        assertEquals("Did you mean 2028-02-29? Write it as year-month-day, for example 2026-03-31.", fixDateFor("date: 29.2.2028\n"),
                "2028 is a leap year");
    }

    /**
     * Found in review: a time written with a full stop ("14.30") or a date written the British way with a time ("01/03/2027
     * 18:00") was told only the general form, not the corrected value; and a date whose day and month could be either way
     * round was corrected without saying it was read day first.
     */
    @Test
    void aDateOrTimeWrittenAnotherWayIsShownCorrected() {
        assertEquals("Write the time with a colon, on the 24-hour clock: 2027-03-01T14:30.", fixFor("starts: 2027-03-01 14.30\n", null));
        assertEquals("Write the time with a colon, on the 24-hour clock: 2027-03-01T09:05.", fixFor("starts: 2027-03-01T9.05\n", null));
        assertEquals("Did you mean 2027-03-01T18:00? That is 1 March 2027, reading the day first, as in the UK. Write it as "
                + "year-month-day, then T and the time on the 24-hour clock.", fixFor("starts: 01/03/2027 18:00\n", null));
        assertEquals("Did you mean 2027-03-01T14:30? That is 1 March 2027, reading the day first, as in the UK. Write it as "
                + "year-month-day, then T and the time on the 24-hour clock.", fixFor("closes: 1.3.2027 14.30\n", LocalTime.of(23, 59)));
        assertEquals("Did you mean 2027-03-01T19:00? That is 1 March 2027, reading the day first, as in the UK. Write it as "
                + "year-month-day, then T and the time on the 24-hour clock.", fixFor("starts: 01/03/2027 7pm\n", null));
        assertEquals("Did you mean 2026-03-31T18:00? Write it as year-month-day, then T and the time on the 24-hour clock.",
                fixFor("starts: 31/03/2026 18:00\n", null), "31 can only be the day");
        assertEquals("Did you mean 2027-01-01T18:00? Write it as year-month-day, then T and the time on the 24-hour clock.",
                fixFor("starts: 1/01/2027 18:00\n", null), "the same either way round");
        assertEquals("Did you mean 2027-03-01T14:30? Write it as year-month-day, then T and the time on the 24-hour clock.",
                fixFor("starts: 1 March 2027 at 2.30pm\n", null));
        assertEquals("Did you mean 2027-03-01? That is 1 March 2027, reading the day first, as in the UK. Write it as "
                + "year-month-day, for example 2026-03-31.", fixDateFor("date: 01/03/2027\n"));
        assertEquals("Did you mean 2027-03-01? That is 1 March 2027, reading the day first, as in the UK. A date alone means 23:59 "
                + "that day; for another time add T and the time on the 24-hour clock, for example 2027-03-01T17:00.",
                fixFor("closes: 01/03/2027\n", LocalTime.of(23, 59)));
        assertEquals("A time alone is not enough: write the date before it, as year-month-day, then T and the time, for example "
                + "2026-03-31T14:30.", fixFor("starts: 14.30\n", null));
    }

    private static String fixFor(String yaml, LocalTime dateOnlyTime) {
        return fixOf(yaml, f -> assertTrue(f.dateTime(yaml.substring(0, yaml.indexOf(':')), dateOnlyTime, true).isEmpty(), yaml));
    }

    private static String fixDateFor(String yaml) {
        return fixOf(yaml, f -> assertTrue(f.date(yaml.substring(0, yaml.indexOf(':')), true).isEmpty(), yaml));
    }

    /** The fix of the one problem reading the field of {@code yaml} gives. */
    private static String fixOf(String yaml, java.util.function.Consumer<Fields> reading) {
        Problems problems = new Problems();
        SourceText src = SourceText.of("content/c.md", "---\n" + yaml + "---\n");
        YamlNode root = Yaml.parse(src, yaml, 2, problems).orElseThrow();
        reading.accept(Fields.of(root, "a page", List.of(yaml.substring(0, yaml.indexOf(':'))), problems, new Position("content/c.md", 1, 1)));
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0).fix();
    }

    @Test
    void nextWeekIsNotADate() {
        Fields f = read("closes: next week\n");
        f.date("closes", true);
        assertTrue(only().message().contains("\"next week\""));
        assertTrue(only().fix().contains("year-month-day"));
    }

    @Test
    void aListWhereTextIsExpectedIsAnError() {
        Fields f = read("title:\n  - one\n  - two\n");
        assertTrue(f.text("title", true).isEmpty());
        assertEquals("'title' must be text, but it is a list.", only().message());
    }

    @Test
    void flagsAcceptTrueFalseYesNo() {
        assertTrue(read("formal: yes\n").flag("formal", false));
        assertFalse(read("formal: false\n").flag("formal", true));
        read("formal: perhaps\n").flag("formal", false);
        assertEquals("'formal' must be true or false, but it is \"perhaps\".", only().message());
    }

    @Test
    void choicesSuggestTheClosestWord() {
        Optional<String> e = read("engagement: consultation\n").choice("engagement", Map.of("consult", "consult"), false);
        assertTrue(e.isEmpty());
        assertTrue(only().message().endsWith("Did you mean 'consult'?"), only().message());
    }

    @Test
    void unknownTermsAreReportedEachAtItsOwnPosition() {
        Fields f = read("topics: [mental-health, dentistyr, budgets]\n");
        List<String> topics = f.terms("topics", List.of("mental-health", "dentistry"), "topic", "content/_data/topics.yml");
        assertEquals(List.of("mental-health"), topics);
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size());
        assertEquals(new Position("content/c.md", 2, 25), all.get(0).position());
        assertEquals("'dentistyr' is not a topic in content/_data/topics.yml. Did you mean 'dentistry'?", all.get(0).message());
        assertEquals("'budgets' is not a topic in content/_data/topics.yml.", all.get(1).message());
    }

    @Test
    void aNumberWrittenWithCommasIsToldToLoseThem() {
        // "1,042" was told "Write a number such as people: 1".
        assertTrue(read("summary: 1,042\n").number("summary", 1, 1_000_000, false).isEmpty());
        assertEquals("Write it without commas: summary: 1042", only().fix());
    }

    @Test
    void aTermOfAListWithNoneYetSaysSoAndHowToAddIt() {
        // A new site's topics.yml is empty: "use one of the topic ids listed" pointed to a list with none.
        read("topics: [dentistry]\n").terms("topics", List.of(), "topic", "content/_data/topics.yml");
        assertEquals("'dentistry' is not a topic in content/_data/topics.yml, which has no topics yet.", only().message());
        assertTrue(only().fix().startsWith("Add it to content/_data/topics.yml as - id: dentistry with its name:"), only().fix());
    }

    /**
     * Several ids written with commas and no brackets are one word to YAML: the fix writes them as a list, each the
     * nearest id, where only the first was suggested (and following it lost the others); and "an area", not "a area".
     */
    @Test
    void termsWrittenWithCommasButNoBracketsAreToldToBeAList() {
        Fields f = read("topics:\n  - carers\n  - mental-health, dentistyr\n");
        assertEquals(List.of("carers"), f.terms("topics", List.of("mental-health", "dentistry", "carers"), "topic", "content/_data/topics.yml"));
        assertEquals("'mental-health, dentistyr' is 2 topics written as one: several go in square brackets, each on its own.",
                only().message());
        // The whole list, the other items kept: following a fix that gave only the split item lost them (found in review).
        assertEquals("Write topics: [carers, mental-health, dentistry] (the nearest ids in content/_data/topics.yml)", only().fix());
        read("topics: westbrook\n").terms("topics", List.of("eastbrook"), "area", "content/_data/areas.yml");
        assertTrue(problems.sorted().stream().anyMatch(p -> p.message().startsWith("'westbrook' is not an area in")),
                problems.sorted().toString());
    }

    @Test
    void nestedGroupsReportUnknownFieldsAndRecordPositions() {
        Fields f = read("respond:\n  email: a@b.example\n  emial: c@d.example\n");
        Fields respond = f.group("respond", "the 'respond' group", List.of("online", "email")).orElseThrow();
        assertEquals(Optional.of("a@b.example"), respond.email("email", false));
        assertTrue(only().message().startsWith("'emial' is not a field of the 'respond' group. Did you mean 'email'?"));
        assertEquals(new Position("content/c.md", 3, 10), f.positions().get("respond.email"));
    }
}
