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
        assertTrue(only().fix().startsWith("Did you mean 2026-03-31T17:00?"), only().fix());
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
    void nestedGroupsReportUnknownFieldsAndRecordPositions() {
        Fields f = read("respond:\n  email: a@b.example\n  emial: c@d.example\n");
        Fields respond = f.group("respond", "the 'respond' group", List.of("online", "email")).orElseThrow();
        assertEquals(Optional.of("a@b.example"), respond.email("email", false));
        assertTrue(only().message().startsWith("'emial' is not a field of the 'respond' group. Did you mean 'email'?"));
        assertEquals(new Position("content/c.md", 3, 10), f.positions().get("respond.email"));
    }
}
