package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each command's exit codes (0 success, 1 content problems, 2 wrong usage, 3 a failure inside the portal),
 * where it prints what, and the options build and check share. One small site per scenario.
 */
class CommandsTest {
    static final String NOW = "2026-03-01T09:00";
    static final String SITE = """
            -- content/index.md --
            ---
            title: Testshire engagement
            summary: Have your say on health services in Testshire.
            ---
            Welcome.
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            summary: How accessible this website is and how to report a problem.
            ---
            This website is run by NHS Testshire Integrated Care Board.
            -- content/accessible-information.md --
            ---
            type: statement
            title: Accessible Information Statement
            summary: How to ask for information in a format that works for you.
            formats: [easy-read, large-print, braille, bsl]
            contact:
              email: accessible@testshire.example
              phone: 01632 960 101
            ---
            We follow the Accessible Information Standard.
            """;
    /** A page with a misspelt field: one content error at content/about.md line 4. */
    static final String MISTAKE = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            topcs: [dentistry]
            ---
            We plan health services.
            """;

    @TempDir
    Path dir;

    private Path site(String extra) {
        return TextSite.write(dir.resolve("site"), SITE + extra).root();
    }

    private Portal.Run build(Path site, String... extra) {
        return Portal.run(args(List.of("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", NOW), extra));
    }

    private Portal.Run check(Path site, String... extra) {
        return Portal.run(args(List.of("check", "--source", site.toString(), "--now", NOW), extra));
    }

    private static String[] args(List<String> base, String... extra) {
        return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(extra)).toArray(String[]::new);
    }

    /** Exit 2 with a one-line reason starting "portal: " and no stack trace. */
    private static void usageError(Portal.Run run, String expected) {
        assertEquals(ExitCode.USAGE.code(), run.exit(), run.all());
        assertTrue(run.err().startsWith("portal: "), run.err());
        assertTrue(run.err().contains(expected), "expected \"" + expected + "\" in " + run.err());
        assertFalse(run.all().contains("\tat "), run.all());
        assertEquals("", run.out());
    }

    @Test
    void theExitCodesAreTheOnesReadmeDocuments() {
        assertEquals(List.of(0, 1, 2, 3), java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code).toList());
        String help = Portal.run("--help").out();
        assertTrue(help.contains("Exit codes: 0 success, 1 content problems, 2 wrong usage, 3 internal failure."), help);
        String readme = TestSite.read(TestSite.PROJECT.resolve("README.md"));
        java.util.Map<ExitCode, String> meanings = java.util.Map.of(ExitCode.OK, "Success.", ExitCode.CONTENT, "Content problems:",
                ExitCode.USAGE, "Wrong usage:", ExitCode.INTERNAL, "Internal failure:");
        meanings.forEach((code, meaning) -> assertTrue(readme.contains("| " + code.code() + " | " + meaning),
                "README's table of exit codes: " + code));
    }

    @Test
    void aQuietGoodBuildPrintsNothingAndExitsZero() {
        Portal.Run run = build(site(""), "-q");
        assertEquals(0, run.exit(), run.all());
        assertEquals("", run.all());
        assertTrue(Files.isRegularFile(dir.resolve("out/index.html")));
    }

    @Test
    void aBuildShowsEachStageAndWhatItBuilt() {
        Portal.Run run = build(site(""));
        assertEquals(0, run.exit(), run.all());
        for (String stage : new String[] {"load", "plain", "assemble", "render", "publish"}) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(stage + " ")), stage + " in " + run.err());
        }
        assertEquals("", run.out(), "progress goes to standard error, so standard output stays for annotations");
    }

    @Test
    void aBuildWithAContentErrorExitsOneWithTheProblemOnStandardError() {
        Portal.Run run = build(site(MISTAKE), "-q");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("content/about.md:4:1: error: "), run.err());
        assertTrue(run.err().contains("Nothing was published: 1 error and 0 warnings in 1 file."), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void githubFormatPutsAnnotationsOnStandardOutputAndOnlyTheSummaryOnStandardError() {
        Portal.Run run = build(site(MISTAKE), "-q", "--format", "github");
        assertEquals(1, run.exit(), run.all());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("::error file=content/about.md,line=4,col=1::"), lines.get(0));
        assertTrue(lines.get(0).contains("Did you mean 'topics'"), "the fix is in the annotation: " + lines.get(0));
        assertFalse(run.err().contains("content/about.md:4"), "not printed twice: " + run.err());
        assertTrue(run.err().startsWith("Nothing was published"), run.err());
    }

    @Test
    void checkPassesAndFailsWithTheSameCodesAsBuild() {
        Path good = site("");
        Portal.Run passed = check(good);
        assertEquals(0, passed.exit(), passed.all());
        assertTrue(passed.err().contains("Check passed: "), passed.err());
        Path bad = site(MISTAKE);
        Portal.Run failed = check(bad, "-q");
        assertEquals(1, failed.exit(), failed.all());
        assertTrue(failed.err().endsWith("Check failed: 1 error and 0 warnings in 1 file.\n"), failed.err());
        Portal.Run github = check(bad, "-q", "--format", "github");
        assertEquals(1, github.exit());
        assertTrue(github.out().startsWith("::error file=content/about.md,line=4,col=1::"), github.out());
    }

    @Test
    void checkListsReadingAgesHardestFirstWhenAsked() {
        String easy = "We want to hear from you. Tell us what you think. It is quick to do. ".repeat(12);
        String hard = "Integrated commissioning arrangements necessitate comprehensive organisational consultation. ".repeat(20);
        Path site = site("""
                -- content/plain.md --
                ---
                title: Plain words
                summary: A page in plain words.
                ---
                %s
                -- content/hard.md --
                ---
                title: Hard words
                summary: A page in long words.
                ---
                %s
                """.formatted(easy, hard));
        Portal.Run run = check(site, "-q", "--reading-age");
        List<String> out = run.out().lines().toList();
        assertTrue(out.get(0).startsWith("Reading age: 2 pages scored, median SMOG grade "), run.all());
        assertTrue(out.get(0).contains("hardest: content/hard.md ("), out.get(0));
        assertEquals("SMOG   F-K   words  page", out.get(1));
        assertTrue(out.get(2).endsWith("  content/hard.md") && out.get(3).endsWith("  content/plain.md"), run.out());
        assertEquals(4, out.size(), run.out());
        Portal.Run quiet = check(site, "-q");
        assertEquals("", quiet.out(), "quiet without --reading-age prints no reading ages");
        assertTrue(check(site).out().startsWith("Reading age: 2 pages scored"), "the summary line is shown when not quiet");
    }

    @ParameterizedTest(name = "--now {0}")
    @ValueSource(strings = {"next-week", "2026-02-30T09:00", "2026-13-01", "2026-03-01T25:00", "01/03/2026", ""})
    void aClockThatIsNoTimeIsAUsageError(String now) {
        usageError(Portal.run("check", "--source", site("").toString(), "--now", now),
                "--now must be a date and time like 2026-03-01T09:00, not \"" + now + "\".");
    }

    @Test
    void aDateAloneIsTheStartOfThatDay() {
        Path site = site("""
                -- content/consultations/dental.md --
                ---
                title: Dental access
                summary: Tell us where you need a dentist.
                opens: 2026-05-01T09:00
                closes: 2026-06-01T17:00
                respond:
                  email: dental@testshire.example
                ---
                Tell us.
                """);
        Path page = dir.resolve("out/consultations/dental/index.html");
        Portal.Run opening = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now",
                "2026-05-01T09:00", "-q");
        assertEquals(0, opening.exit(), opening.all());
        assertTrue(TestSite.read(page).contains(">Open</strong>"), "open from 9am");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-05-01", "-q");
        assertEquals(0, run.exit(), run.all());
        assertFalse(TestSite.read(page).contains(">Open</strong>"), "at midnight it opens later that day");
    }

    @ParameterizedTest(name = "--base-url {0}")
    @ValueSource(strings = {"engage.testshire.example", "ftp://engage.testshire.example/", "javascript:alert(1)", "https://", "not a url"})
    void anAddressThatIsNotAWebAddressIsAUsageError(String url) {
        usageError(build(site(""), "--base-url", url), "--base-url must be a full address like https://engage.example.nhs.uk/");
    }

    @Test
    void theBaseUrlReplacesTheSitesOwnInEveryAbsoluteAddress() {
        Portal.Run run = build(site(""), "-q", "--base-url", "https://preview.testshire.example/pr-12/");
        assertEquals(0, run.exit(), run.all());
        String sitemap = TestSite.read(dir.resolve("out/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://preview.testshire.example/pr-12/</loc>"), sitemap);
        assertFalse(sitemap.contains("engage.testshire.example"), sitemap);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        usageError(check(site(""), "--format", "json"), "--format must be text or github, not \"json\".");
    }

    @Test
    void aSiteFolderWithoutContentIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        usageError(Portal.run("check", "--source", empty.toString()), "there is no content folder in " + empty);
        usageError(Portal.run("build", "--source", dir.resolve("missing").toString()), "the site folder " + dir.resolve("missing")
                + " does not exist.");
        // A file given for the folder was said not to exist, though it plainly does.
        Path site = site("");
        Path readme = Files.writeString(site.resolve("README.md"), "# Our site\n");
        usageError(Portal.run("check", "--source", readme.toString()), "--source " + readme + " is a file, not the site's folder: "
                + "give its folder, --source " + site + ".");
    }

    @Test
    void anOutputFolderThatHoldsSomeoneElsesFilesIsNotReplaced() throws Exception {
        Path site = site("");
        Path theirs = dir.resolve("theirs");
        TestSite.writeBytes(theirs.resolve("thesis.docx"), new byte[] {1, 2, 3});
        usageError(Portal.run("build", "--source", site.toString(), "--out", theirs.toString(), "--now", NOW),
                "is not empty and was not made by the portal");
        assertTrue(Files.isRegularFile(theirs.resolve("thesis.docx")));
        usageError(Portal.run("build", "--source", site.toString(), "--out", dir.toString(), "--now", NOW), "contains the site itself");
    }

    @Test
    void aWebFolderWithA404PageIsNotTakenForAnEarlierBuild() throws Exception {
        // A folder with 404.html and robots.txt was taken for the portal's and replaced: another site's files, gone.
        Path site = site("");
        Path webroot = dir.resolve("webroot");
        Files.writeString(Files.createDirectories(webroot).resolve("404.html"), "<h1>Not found</h1>");
        Files.writeString(webroot.resolve("robots.txt"), "User-agent: *\n");
        TestSite.writeBytes(webroot.resolve("old-site/board-papers-2019.docx"), new byte[] {1, 2, 3});
        Files.writeString(webroot.resolve("manifest.json"), "{\"name\": \"an app's manifest\"}");
        usageError(Portal.run("build", "--source", site.toString(), "--out", webroot.toString(), "--now", NOW),
                "is not empty and was not made by the portal");
        assertTrue(Files.isRegularFile(webroot.resolve("old-site/board-papers-2019.docx")));

        // The portal's own output is replaced, built whole again: marked by its _headers, or by its manifest alone.
        Path out = dir.resolve("out");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW).exit());
        Files.delete(out.resolve("manifest.json")); // as an update stopped half way leaves it
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW).exit());
        Files.delete(out.resolve("_headers"));
        Portal.Run again = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW);
        assertEquals(0, again.exit(), again.all());
        assertTrue(Files.isRegularFile(out.resolve("_headers")));
    }

    @Test
    void anOutputFolderThatIsAClonedRepositoryIsNotReplaced() throws Exception {
        // A gh-pages clone with the portal's output in it: the next build deleted its .git folder without a word.
        Path site = site("");
        Path out = dir.resolve("gh-pages");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW).exit());
        Files.writeString(Files.createDirectories(out.resolve(".git")).resolve("HEAD"), "ref: refs/heads/gh-pages\n");
        usageError(Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW),
                "holds a .git folder (a copy of a repository), which a build would delete");
        assertTrue(Files.isRegularFile(out.resolve(".git/HEAD")));
    }

    @Test
    void aBuildThroughALinkReplacesTheFolderItLeadsToAndKeepsItsPermissions() throws Exception {
        // The link was replaced by a folder of its own, and the web server went on serving the old site from the link's
        // folder; a folder shared with a group (setgid, 2775) became the build's own (755).
        Path site = site("");
        Path served = Files.createDirectories(dir.resolve("www"));
        Files.setAttribute(served, "unix:mode", 02775);
        Path link = Files.createSymbolicLink(dir.resolve("public"), served);
        for (String cache : new String[] {"--no-cache", "-q"}) {
            assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", link.toString(), "--now", NOW, cache).exit());
            assertTrue(Files.isSymbolicLink(link), "the link is left as it is");
            assertTrue(Files.isRegularFile(served.resolve("index.html")) && Files.isRegularFile(served.resolve("manifest.json")),
                    "and the site is where it leads");
            assertEquals(02775, ((Integer) Files.getAttribute(served, "unix:mode")) & 07777, "with the folder's permissions");
        }
    }

    @Test
    void anOutputFolderReachedThroughALinkIntoTheSitesContentIsRefused() throws Exception {
        // It built into content/out, and every build after failed on the pages it found there.
        Path site = site("");
        Path link = Files.createSymbolicLink(dir.resolve("to-content"), site.resolve("content"));
        usageError(Portal.run("build", "--source", site.toString(), "--out", link.resolve("out").toString(), "--now", NOW),
                "is inside the site's own folders");
        assertFalse(Files.exists(site.resolve("content/out")));
    }

    /** Found by this test: the build got as far as the staging folder and failed there as if the portal had a bug. */
    @Test
    void anOutputFolderInsideAFileIsAUsageError() throws Exception {
        Path site = site("");
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        usageError(Portal.run("build", "--source", site.toString(), "--out", file.resolve("public").toString(), "--now", NOW),
                "is a file");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        Portal.Run none = Portal.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("say what to do: portal build, or portal check"), none.err());
        assertTrue(none.err().contains("Run 'portal --help' to see how to use it."), none.err());
        Portal.Run unknown = Portal.run("build", "--colour", "blue");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Run 'portal build --help'"), "points at the command's own help: " + unknown.err());
    }

    @Test
    void versionAndHelpExitZero() {
        Portal.Run version = Portal.run("--version");
        assertEquals(0, version.exit());
        // The version is pom.xml's now, not a constant in the code, with the parts it carries (see VersionsTest).
        assertEquals("portal " + Versions.portal(), version.out().lines().findFirst().orElseThrow());
        assertTrue(Versions.portal().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Versions.portal());
        assertEquals(3, version.out().lines().count(), version.out());
        Portal.Run help = Portal.run("help", "build");
        assertEquals(0, help.exit());
        for (String option : new String[] {"--source", "--out", "--now", "--base-url", "--format", "--quiet"}) {
            assertTrue(help.out().contains(option), option + " in " + help.out());
        }
        assertTrue(Portal.run("check", "--help").out().contains("--reading-age"));
    }

    @Test
    void aFolderTheSystemWillNotCreateIsAFailureInsideThePortalWithItsDetails() {
        // /proc takes no new folders, even from root: the nearest thing to a failed disk that every Linux has.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux only");
        Portal.Run run = Portal.run("build", "--source", site("").toString(), "--out", "/proc/portal-test-output", "--now", NOW, "-q");
        assertEquals(3, run.exit(), run.all());
        assertTrue(run.err().startsWith("portal: the portal failed unexpectedly."), run.err());
        assertTrue(run.err().contains("nothing was published"), run.err());
        assertTrue(run.err().contains("\tat org.engagementportal."), "the details to report: " + run.err());
    }

    @Test
    void anAuditWithoutABuiltSiteIsAUsageError() throws Exception {
        Path site = site("");
        usageError(Portal.run("audit", "--source", site.toString()), "there is no built site in " + site.resolve("public"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        usageError(Portal.run("audit", "--source", site.toString(), "--out", elsewhere.toString()),
                "Run portal build first, or give the built site with --out.");
    }

    @Test
    void anAuditWithAMissingConfigurationOrNoBrowserIsAUsageError() {
        Path site = site("");
        assertEquals(0, build(site, "-q").exit());
        Portal.Run run = Portal.run("audit", "--source", site.toString(), "--out", dir.resolve("out").toString(),
                "--config", dir.resolve("no-such.pa11yci").toString(), "--report", dir.resolve("report").toString());
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains("the configuration " + dir.resolve("no-such.pa11yci") + " does not exist")
                || run.err().contains("the audit needs Debian's Chromium"), run.err());
        assertFalse(Files.exists(dir.resolve("report")), "nothing written");
    }
}
