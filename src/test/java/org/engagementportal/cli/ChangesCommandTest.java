package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal changes}: the pull-request job's summary, made from a fixture change to a new site (a draft
 * consultation published, a page reworded, a page deleted, a hard sentence added), and the list of changed
 * files the S3 job and the scheduled rebuild use.
 */
class ChangesCommandTest {
    static final String NOW = InitCommandTest.NOW;
    static final String CONSULTATION = "content/consultations/example-consultation-a-draft-to-copy.md";

    @TempDir
    Path dir;
    Path before;
    Path after;
    Path site;

    @BeforeEach
    void fixtureChange() throws IOException {
        Path main = InitCommandTest.newSite(dir.resolve("main"));
        before = build(main, "before-public");
        site = dir.resolve("change");
        copy(main, site);
        Path consultation = site.resolve(CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replace("\ndraft: true\n", "\ndraft: false\n"));
        Path contact = site.resolve("content/contact-us.md");
        Files.writeString(contact, Files.readString(contact) + "\nNotwithstanding the aforementioned considerations, "
                + "correspondence concerning organisational accountability arrangements, institutional governance "
                + "responsibilities and consequential operational implications should be directed appropriately.\n");
        Files.delete(site.resolve("content/privacy.md"));
        after = build(site, "public");
    }

    private Path build(Path source, String out) {
        Path target = source.resolve(out);
        Portal.Run run = Portal.run("build", "--source", source.toString(), "--out", target.toString(), "--now", NOW, "-q");
        assertEquals(0, run.exit(), run.all());
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    @Test
    void theSummarySaysInPlainWordsWhichPagesWereAddedChangedAndRemoved() throws IOException {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step's summary\n");
        Portal.Run run = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after", after.toString(),
                "--now", NOW, "--summary", summary.toString());
        assertEquals(0, run.exit(), run.all());
        String md = Files.readString(summary);
        assertTrue(md.startsWith("earlier step's summary\n## What this change does to the website"), "added to, not replaced: " + md);
        String added = section(md, "### Pages added");
        assertTrue(added.contains("Example consultation \\(a draft to copy\\): `/consultations/example-consultation-a-draft-to-copy/`"), md);
        assertTrue(section(md, "### Pages changed").contains("Contact us: `/contact-us/`"), md);
        assertFalse(section(md, "### Pages changed").contains("/consultations/example-consultation-a-draft-to-copy/"), md);
        assertTrue(section(md, "### Pages removed").contains("Privacy notice: `/privacy/`"), md);
        assertTrue(md.contains("page added, ") || md.contains("pages added, "), md);
        // The privacy notice was the only page under P, so the A to Z's page for P goes with it.
        assertTrue(section(md, "### Pages removed").contains("A to Z: P: `/a-z/p/`"), md);
        assertTrue(md.contains("2 pages removed."), md);
        String ages = section(md, "### How easy the added and changed pages are to read");
        assertTrue(ages.contains("| `content/contact-us.md` |"), md);
        assertFalse(ages.contains("content/privacy.md"), "a removed page has no reading age: " + md);
        // The privacy notice went while a consultation asks for views: the summary says so (before, it said "None").
        assertTrue(section(md, "### Problems").contains("gives no privacy notice to tell them how what they give is used"), md);
    }

    @Test
    void pagesTooShortToScoreAreSaidToBe() throws IOException {
        Path small = dir.resolve("small-change");
        copy(dir.resolve("main"), small);
        Path consultation = small.resolve(CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replace("\ndraft: true\n", "\ndraft: false\n"));
        Path out = build(small, "public-small");
        Portal.Run run = Portal.run("changes", "--source", small.toString(), "--before", before.toString(), "--after", out.toString(),
                "--now", NOW);
        assertEquals(0, run.exit(), run.all());
        assertTrue(section(run.out(), "### How easy the added and changed pages are to read")
                .contains("None of them is long enough to score (a page needs 100 words or more)."), run.out());
    }

    @Test
    void theSummaryListsTheProblemsACheckFinds() throws IOException {
        Path consultation = site.resolve(CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replaceFirst("\nengagement: consult\n", "\nengagement: talk\n"));
        Portal.Run run = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after", after.toString(),
                "--now", NOW);
        assertEquals(0, run.exit(), run.all());
        String problems = section(run.out(), "### Problems");
        assertTrue(problems.contains("1 error"), run.out());
        assertTrue(problems.contains("**Error** in `" + CONSULTATION + ":"), run.out());
        assertTrue(problems.contains("talk"), run.out());
    }

    @Test
    void aChangeThatDoesNotBuildIsSummarisedByItsProblems() throws IOException {
        Path consultation = site.resolve(CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replaceFirst("\nengagement: consult\n", "\nengagement: talk\n"));
        Path failed = dir.resolve("failed-public");
        assertEquals(1, Portal.run("build", "--source", site.toString(), "--out", failed.toString(), "--now", NOW, "-q").exit());
        Portal.Run run = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after", failed.toString(),
                "--now", NOW);
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("**The website could not be built with this change**"), run.out());
        assertTrue(section(run.out(), "### Problems").contains("**Error** in `" + CONSULTATION + ":"), run.out());
        assertFalse(run.out().contains("### Pages"), run.out());
        Portal.Run list = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after", failed.toString(),
                "--list");
        assertEquals(2, list.exit(), "there is nothing to upload from a build that failed: " + list.all());
    }

    @Test
    void listNamesEveryChangedFileAndNothingWhenTheBuildIsTheSame() {
        Portal.Run run = Portal.run("changes", "--source", site.toString(), "--before", before.resolve("manifest.json").toString(),
                "--after", after.toString(), "--list");
        assertEquals(0, run.exit(), run.all());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("+ /consultations/example-consultation-a-draft-to-copy/index.html"), run.out());
        assertTrue(lines.contains("~ /contact-us/index.html"), run.out());
        assertTrue(lines.contains("- /privacy/index.html"), run.out());
        assertTrue(lines.stream().allMatch(l -> l.matches("[+~-] /\\S+")), run.out());
        Portal.Run elsewhere = Portal.run("changes", "--source", dir.resolve("no-site-here").toString(), "--before",
                before.toString(), "--after", after.toString(), "--list");
        assertEquals(run.out(), elsewhere.out(), "comparing two builds needs no site folder: " + elsewhere.all());
        Portal.Run same = Portal.run("changes", "--source", site.toString(), "--before", after.toString(), "--after", after.toString(), "--list");
        assertEquals("", same.out());
        Portal.Run first = Portal.run("changes", "--source", site.toString(), "--before", dir.resolve("nothing-yet.json").toString(),
                "--after", after.toString(), "--list");
        assertTrue(first.out().lines().allMatch(l -> l.startsWith("+ ")) && first.out().contains("+ /index.html"),
                "a site not published yet: every file is new");
    }

    /**
     * Found in review: a pull request that put a new version of a paper in place changed no page's words, and its summary
     * said "No page changes, but 3 other files (feeds, calendars, data or styles) do", the PDF among them. Documents and
     * pictures are named, apart from the files the portal makes itself.
     */
    @Test
    void aNewVersionOfADocumentIsNamedInTheSummary() throws IOException {
        Path pdf = TestSite.PROJECT.resolve("content/consultations/community-mental-health-hubs-consultation-document.pdf");
        Path main = dir.resolve("main");
        Files.copy(pdf, main.resolve("content/board-papers.pdf"));
        Path first = build(main, "papers-before");
        Path next = dir.resolve("papers-change");
        copy(main, next);
        byte[] bytes = Files.readAllBytes(pdf);
        Files.write(next.resolve("content/board-papers.pdf"), java.util.Arrays.copyOf(bytes, bytes.length + 1)); // a new version
        Files.copy(pdf, next.resolve("content/map.pdf"));
        Path out = build(next, "papers-after");
        Portal.Run run = Portal.run("changes", "--source", next.toString(), "--before", first.toString(), "--after", out.toString(),
                "--now", NOW);
        assertEquals(0, run.exit(), run.all());
        // The other file is _headers, which names each file's type for the server.
        assertTrue(run.out().contains("No page changes, but 2 documents or pictures and 1 other file (feeds, calendars, data or "
                + "styles) do."), run.out());
        String files = section(run.out(), "### Documents and pictures");
        assertEquals(List.of("- `/map.pdf` (added)", "- `/board-papers.pdf` (changed)"),
                files.lines().filter(l -> l.startsWith("- ")).toList(), run.out());
    }

    /**
     * At most 50 documents and pictures are named, the rest counted, across the added, changed and removed together; the
     * files the portal makes itself (its styles, robots.txt, the yearly reports' charts) are not among them.
     */
    @Test
    void aLongListOfDocumentsIsCutAtFiftyAndLeavesOutThePortalsOwnFiles() {
        java.util.SortedSet<String> added = new java.util.TreeSet<>(List.of("/assets/portal.0123456789.css", "/robots.txt",
                "/you-said-we-did/2025-26/stages.svg", "/calendar.ics", "/search/words/co.json"));
        java.util.SortedSet<String> changed = new java.util.TreeSet<>();
        for (int i = 10; i < 70; i++) {
            added.add("/governing-body/papers-" + i + ".pdf");
            added.add("/governing-body/papers-" + i + ".pdf.gz");
        }
        for (int i = 0; i < 10; i++) {
            changed.add("/pictures/map-" + i + ".png");
        }
        String md = ChangeSummary.markdown(java.util.Optional.of(new org.engagementportal.publish.Changes(added, changed,
                        new java.util.TreeSet<>())), dir, dir,
                new org.engagementportal.pipeline.Pipeline.Result(new org.engagementportal.source.Problems(), List.of(), 0, 0, 0,
                        false, List.of()));
        List<String> items = section(md, "### Documents and pictures").lines().filter(l -> l.startsWith("- ")).toList();
        assertEquals(51, items.size(), md);
        assertEquals("- and 20 more", items.get(50), md);
        assertTrue(items.subList(0, 50).stream().allMatch(l -> l.matches("- `/governing-body/papers-\\d\\d\\.pdf` \\(added\\)")), md);
        assertTrue(md.contains("No page changes, but 70 documents or pictures and "), md);
    }

    @Test
    void aFolderThatIsNotABuildIsWrongUsage() throws IOException {
        Path notBuilt = Files.createDirectories(dir.resolve("not-built"));
        Files.writeString(notBuilt.resolve("x.txt"), "x");
        Portal.Run run = Portal.run("changes", "--source", site.toString(), "--before", notBuilt.toString(), "--after", after.toString());
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains("is not a built site"), run.all());
        // A page the CDN sent for a manifest it did not have was read as a site of no files: every file "added", none removed.
        Path page = dir.resolve("live-manifest.json");
        Files.writeString(page, "<!doctype html><title>404 Not Found</title>");
        Portal.Run html = Portal.run("changes", "--before", page.toString(), "--after", after.toString(), "--list");
        assertEquals(2, html.exit(), html.all());
        assertTrue(html.err().contains("is not a manifest.json the portal wrote"), html.all());
        Files.writeString(page, "{\"files\": []}");
        assertEquals(0, Portal.run("changes", "--before", page.toString(), "--after", after.toString(), "--list").exit());
        // A mistyped --after, with content that builds, was summarised as "could not be built" with no mistakes.
        Portal.Run typo = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after",
                dir.resolve("pubilc").toString(), "--now", NOW);
        assertEquals(2, typo.exit(), typo.all());
        assertTrue(typo.err().contains("there is no built site in " + dir.resolve("pubilc") + ", and the content has no mistakes"), typo.all());
    }

    @Test
    void aSummaryFileThatCannotBeWrittenIsWrongUsageSaidAtOnce() throws IOException {
        // A folder, or a file inside a file, failed after the whole check with a stack trace as the portal's own fault.
        Portal.Run folder = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after",
                after.toString(), "--now", NOW, "--summary", dir.toString());
        assertEquals(2, folder.exit(), folder.all());
        assertTrue(folder.err().contains("--summary " + dir + " is a folder: give the name of a file to write, such as "
                + dir.resolve("summary.md")), folder.all());
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Portal.Run inFile = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after",
                after.toString(), "--now", NOW, "--summary", file.resolve("summary.md").toString());
        assertEquals(2, inFile.exit(), inFile.all());
        assertTrue(inFile.err().contains("would be inside " + file + ", which is a file, not a folder."), inFile.all());
        // A folder that is not there yet is made.
        Path deeper = dir.resolve("reports/today/summary.md");
        Portal.Run made = Portal.run("changes", "--source", site.toString(), "--before", before.toString(), "--after",
                after.toString(), "--now", NOW, "--summary", deeper.toString());
        assertEquals(0, made.exit(), made.all());
        assertTrue(Files.readString(deeper).startsWith("## What this change does to the website"));
        for (Portal.Run run : List.of(folder, inFile, made)) {
            assertFalse(run.all().contains("Exception"), run.all());
        }
    }

    @Test
    void titlesFromContentCannotAddLinksOrFormattingToTheSummary() {
        assertEquals("\\[Click\\]\\(https://evil\\.example\\) \\*now\\* \\<img\\>", ChangeSummary.escape("[Click](https://evil.example) *now* <img>"));
        assertEquals("a?b", ChangeSummary.code("a`b"));
    }

    /** The lines of a summary's section, up to the next heading. */
    static String section(String md, String heading) {
        int at = md.indexOf(heading + "\n");
        if (at < 0) {
            return "";
        }
        int end = md.indexOf("\n#", at + heading.length());
        return md.substring(at, end < 0 ? md.length() : end);
    }
}
