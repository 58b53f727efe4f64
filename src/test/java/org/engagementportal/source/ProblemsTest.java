package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemsTest {
    private static final Position AT = new Position("content/a.md", 3, 1);

    @Test
    void whatWorkReportsIsKeptAndCapturedWithIt() {
        Problems problems = new Problems();
        Problems.Captured<String> done = Problems.capturing(() -> {
            problems.error(AT, "a link to nothing", "Fix it.");
            return "page";
        });
        assertEquals(1, problems.count());
        assertEquals(problems.since(0), done.problems());
    }

    @Test
    void ignoredProblemsAreNeitherKeptNorCaptured() {
        Problems ignored = Problems.ignored();
        Problems.Captured<String> done = Problems.capturing(() -> {
            ignored.error(AT, "a link to nothing", "Fix it.");
            ignored.warning(AT, "a long paragraph", "Split it.");
            return "page";
        });
        Problems some = new Problems();
        some.error(AT, "a picture with no description", "Describe it.");
        ignored.addAll(some);
        assertTrue(ignored.isEmpty());
        assertTrue(done.problems().isEmpty(), done.problems().toString());
    }
}
