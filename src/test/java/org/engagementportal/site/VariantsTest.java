package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions (easy read, translations) paired with their pages, and the site-wide statements: the problems
 * the portal finds when it assembles the site, each reported once at its file.
 */
class VariantsTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    private Portal.Run check(String block) {
        return TextSite.write(dir.resolve("site"), block).check(NOW);
    }

    static String page(String path, String title, String extra) {
        return "-- content/" + path + " --\n---\ntitle: " + title + "\nsummary: About " + title.toLowerCase() + ".\n" + extra
                + "---\nText.\n";
    }

    @Test
    void aTranslationWithoutItsPageIsAnErrorNamingTheFileItNeeds() {
        Portal.Run run = check(page("about.md", "About us", "") + page("history.cy.md", "Hanes", ""));
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("content/history.cy.md: error: this translation has no page to belong to: there is no "
                + "content/history.md."), run.all());
        assertTrue(run.all().contains("Create content/history.md, or rename this file to match the page it is a version of."), run.all());
    }

    @Test
    void aVersionWithNoDateOfItsOwnWarnsWhenItsPageHasOne() {
        Portal.Run run = check(page("about.md", "About us", "updated: 2026-02-10\n") + page("about.cy.md", "Amdanom ni", ""));
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/about.cy.md:1:1: warning: this translation has no 'updated' date, but content/about.md "
                + "was updated on 2026-02-10, so it may be out of date."), run.all());
        assertTrue(run.all().contains("add updated: 2026-02-10"), run.all());
    }

    @Test
    void withoutUpdatedDatesTheReviewedDatesAreCompared() {
        Portal.Run run = check(page("privacy.md", "Privacy", "reviewed: 2026-02-01\n")
                + page("privacy.pl.md", "Prywatność", "reviewed: 2026-01-15\n")
                + page("privacy.easy-read.md", "Privacy - easy read", "reviewed: 2026-02-01\n"));
        assertEquals(0, run.exit(), run.all());
        // At the 'reviewed' line it compared (it was 1:1).
        assertTrue(run.all().contains("content/privacy.pl.md:4:11: warning: this translation was last updated on 2026-01-15, but "
                + "content/privacy.md was updated on 2026-02-01"), run.all());
        assertFalse(run.all().contains("content/privacy.easy-read.md"), "a version checked the same day is up to date: " + run.all());
    }

    @Test
    void aVersionNewerThanItsPageOrOfAnUndatedPageIsNotReported() {
        Portal.Run run = check(page("about.md", "About us", "updated: 2026-02-10\n")
                + page("about.easy-read.md", "About us - easy read", "updated: 2026-02-12\n")
                + page("history.md", "History", "") + page("history.cy.md", "Hanes", ""));
        assertEquals(0, run.exit(), run.all());
        assertFalse(run.all().contains("out of date"), run.all());
    }

    @Test
    void aVersionOfADraftIsNotToldItsPageIsMissing() {
        Portal.Run run = check(page("plans.md", "Our plans", "draft: true\n") + page("plans.easy-read.md", "Our plans - easy read", ""));
        assertFalse(run.all().contains("there is no content/plans.md"), run.all());
        assertFalse(run.all().contains("Create content/plans.md"), run.all());
        assertTrue(run.all().contains("content/plans.easy-read.md: warning: this easy-read version is not published while its "
                + "page, content/plans.md, is a draft."), run.all());
    }

    @Test
    void theVersionOfADraftIsNotPublished() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), page("about.md", "About us", "")
                + page("plans.md", "Our plans", "draft: true\n") + page("plans.easy-read.md", "Our plans - easy read", ""))
                .build(dir.resolve("out"), NOW);
        assertFalse(built.has("/plans/easy-read/index.html"), built.printed());
    }

    @Test
    void twoAccessibleInformationStatementsAreAnErrorAtTheSecond() {
        String statement = "type: statement\nformats: [braille]\ncontact:\n  email: a@testshire.example\nresponse_days: 10\n";
        Portal.Run run = check(page("accessible-information.md", "Accessible Information Statement", statement)
                + page("more-information.md", "More information", statement));
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("content/more-information.md:4:7: error: there can be only one Accessible Information Statement, and "
                + "content/accessible-information.md is already one."), run.all());
        assertTrue(run.all().contains("Remove 'type: statement' from one of them."));
    }

    @Test
    void aSiteWithoutItsStatementsIsWarnedAboutEach() {
        Portal.Run run = check(page("about.md", "About us", ""));
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content: warning: the site has no Accessible Information Statement"), run.all());
        assertTrue(run.all().contains("content/accessibility.md: warning: the site has no accessibility statement, which public "
                + "sector websites must publish."), run.all());
        Portal.Run complete = TextSite.write(dir.resolve("other"), page("about.md", "About us", "")
                + page("accessibility.md", "Accessibility statement", "")
                + page("accessible-information.md", "Accessible Information Statement",
                "type: statement\nformats: [braille]\ncontact:\n  email: a@testshire.example\nresponse_days: 10\n")).check(NOW);
        assertEquals(0, complete.exit(), complete.all());
        assertFalse(complete.all().contains("warning"), complete.all());
    }
}
