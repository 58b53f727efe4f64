package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in one file is told once, at that file: not again as the other mistakes it seems to make elsewhere (a merge's
 * markers read as a heading, a list with a mistake as a hundred pages' unknown topics, a statement that could not be
 * read as a site without one). Each case was told at other files, with fixes that made things worse.
 */
class OneMistakeOneMessageTest {
    static final String NOW = "2026-03-01T09:00";
    static final String PAGE = "---\ntitle: Contact us\nsummary: How to reach us.\ntopics: [dentistry]\n---\n";
    static final String STATEMENT = "---\ntitle: Accessible information\nsummary: Ask for another format.\ntype: statement\n"
            + "formats: [large-print, easy-read]\ncontact:\n  email: access@example.org\n---\nText.\n";

    @TempDir
    Path dir;

    private Portal.Run check(String block) {
        return TextSite.write(dir.resolve("site"), block).check(NOW);
    }

    private static List<String> problemLines(Portal.Run run) {
        // The site's other warnings (these sites have no accessibility statement page) are not what is looked at.
        return run.all().lines().filter(l -> l.startsWith("content") && !l.startsWith("content/accessibility.md:")).toList();
    }

    @Test
    void aMergesMarkersInAPageAreToldAtTheFirstMarkerAndNothingElseOfTheFile() {
        Portal.Run run = check("-- content/contact-us.md --\n" + PAGE + "Call us.\n\n<<<<<<< HEAD\n- Phone: 01234 567890\n"
                + "||||||| base\n- Phone: 01234 000000\n=======\n- Phone: 01234 111111\n>>>>>>> phone\n"
                + "-- content/accessible-information.md --\n" + STATEMENT);
        assertEquals(1, run.exit(), run.all());
        assertEquals(List.of("content/contact-us.md:8:1: error: this file still holds two versions of the same lines from a merge, "
                + "between the lines <<<<<<< and >>>>>>>, so it cannot be published as it is."), problemLines(run));
        assertTrue(run.all().contains("(and the lines from ||||||| to =======, the text before both changes)"), run.all());
    }

    @Test
    void aMergesMarkersInTheSettingsAreToldThereNotAsASettingWithNoColon() {
        Portal.Run run = check("-- content/contact-us.md --\n---\ntitle: Contact us\n<<<<<<< HEAD\nsummary: How to reach us.\n"
                + "=======\nsummary: Ways to reach us.\n>>>>>>> other\n---\nText.\n"
                + "-- content/accessible-information.md --\n" + STATEMENT);
        assertEquals(List.of("content/contact-us.md:3:1: error: this file still holds two versions of the same lines from a merge, "
                + "between the lines <<<<<<< and >>>>>>>, so it cannot be published as it is."), problemLines(run));
    }

    @Test
    void aHeadingsUnderlineAndQuotedMarkersAreNotAMerge() {
        Portal.Run run = check("-- content/contact-us.md --\n" + PAGE + "Contact us\n=======\n\nText with <<<<<<< in it.\n"
                + "-- content/accessible-information.md --\n" + STATEMENT);
        assertTrue(problemLines(run).stream().noneMatch(l -> l.contains("merge")), run.all());
    }

    @Test
    void aListWithAMistakeIsToldOnceNotAsEveryPagesUnknownWord() {
        Portal.Run run = check("-- content/_data/topics.yml --\n- id: dentistry\n<<<<<<< HEAD\n  name: Dentistry\n=======\n"
                + "  name: Dental care\n>>>>>>> other\n"
                + "-- content/contact-us.md --\n" + PAGE + "Text.\n-- content/about.md --\n" + PAGE.replace("Contact us", "About")
                + "Text.\n-- content/accessible-information.md --\n" + STATEMENT);
        assertEquals(List.of("content/_data/topics.yml:2:1: error: this file still holds two versions of the same lines from a "
                + "merge, between the lines <<<<<<< and >>>>>>>, so it cannot be published as it is."), problemLines(run));
    }

    @Test
    void meetingsAreNotToldTheirFolderIsForPagesWhenTheCommitteesListHasAMistake() {
        Portal.Run run = check("-- content/_data/committees.yml --\n- id: governing-body\n  name: \"Governing Body\n"
                + "-- content/governing-body/2026-03-12.md --\n---\ntitle: Governing Body meeting\nsummary: Our meeting.\n"
                + "starts: 2026-03-12T10:00\nends: 2026-03-12T12:00\nvenue: Town Hall, Northshire\npublic: true\n---\nText.\n"
                + "-- content/accessible-information.md --\n" + STATEMENT);
        assertEquals(1, run.exit(), run.all());
        List<String> lines = problemLines(run);
        assertTrue(lines.stream().allMatch(l -> l.startsWith("content/_data/committees.yml:")), run.all());
        assertFalse(lines.isEmpty(), run.all());
    }

    @Test
    void aStatementThatCouldNotBeReadIsNotToldToBeCreatedAndItsFilesAreNotUnlinked() {
        Portal.Run run = check("-- content/accessible-information.md --\n" + STATEMENT.replace("  email:", "\temail:")
                + "-- content/contact-us.md --\n---\ntitle: Contact us\nsummary: How to reach us.\ndocuments:\n"
                + "  - title: Our plan, version 2: final\n    file: plan.csv\n---\nText.\n"
                + "-- content/plan.csv --\na,b\n1,2\n");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/accessible-information.md:7:1: error:"), run.all());
        assertFalse(run.all().contains("no Accessible Information Statement"), run.all());
        assertFalse(run.all().contains("no page links to this file"), run.all());
    }

    /**
     * Found in review: with a mistake in glossary.yml, every easy-read page was told that an abbreviation the glossary
     * explains is not explained; with one in series.yml, a page linking to a series' issues was told each link points to
     * nothing (the series' pages wait for the list). Each mistake is told once, at its list.
     */
    @Test
    void aGlossaryOrSeriesListWithAMistakeIsNotToldAgainAtThePagesThatUseIt() {
        Portal.Run run = check("-- content/_data/glossary.yml --\n- term: PALS\n  meaning: Patient Advice and Liaison Service\n"
                + "<<<<<<< HEAD\n- term: NHS\n=======\n- term: ICB\n>>>>>>> other\n"
                + "-- content/_data/series.yml --\n- id: weekly\n  name: \"Weekly bulletin\n"
                + "-- content/bulletins/weekly/2026-02-20.md --\n---\ntitle: Weekly bulletin, 20 February\nsummary: This week.\n"
                + "---\nText.\n"
                + "-- content/get-involved.md --\n---\ntitle: Get involved\nsummary: Ways to have your say.\n---\nRead our "
                + "[weekly bulletin](/bulletins/weekly/) and [its issue of 20 February](/bulletins/weekly/2026-02-20/).\n"
                + "-- content/get-involved.easy-read.md --\n---\ntitle: Get involved\nsummary: Ways to have your say.\n---\n"
                + "Talk to PALS.\n"
                + "-- content/accessible-information.md --\n" + STATEMENT);
        assertEquals(1, run.exit(), run.all());
        List<String> lines = problemLines(run).stream().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, lines.size(), run.all());
        assertTrue(lines.get(0).startsWith("content/_data/glossary.yml:3:1: error: this file still holds two versions"), run.all());
        assertTrue(lines.get(1).startsWith("content/_data/series.yml:"), run.all());
    }
}
