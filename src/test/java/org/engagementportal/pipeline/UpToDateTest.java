package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal build} with nothing to do: when nothing the site is made from has changed, the output folder is
 * as the last build left it and the clock has not passed a change of state or midnight, the build leaves the
 * output as it is and reports what the last one did. Anything else, and it builds, giving what a cold build
 * gives.
 */
class UpToDateTest {
    static final String NOW = TestSite.EXAMPLE_NOW;

    @TempDir
    Path dir;
    Path site;
    Path out;
    /** The time given to files "saved" by the test: long enough ago to be trusted, a minute later each time. */
    Instant saved = Instant.now().minus(2, ChronoUnit.HOURS);

    @BeforeEach
    void copyTheExample() throws IOException {
        site = dir.resolve("site");
        out = dir.resolve("out");
        IncrementalBuildTest.copyExample(site);
        age(site);
    }

    /** Gives every file changed in the last minute a time in the past, as if saved a while before the build. */
    void age(Path folder) throws IOException {
        saved = saved.plus(1, ChronoUnit.MINUTES);
        Instant recent = Instant.now().minus(1, ChronoUnit.MINUTES);
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isAfter(recent)) {
                    Files.setLastModifiedTime(p, FileTime.from(saved));
                }
            }
        }
    }

    record Run(Pipeline.Result result, List<String> stages) {
        boolean unchanged() {
            return stages.contains("unchanged");
        }
    }

    Run build(Path source, Path target, String now, boolean cache, Optional<URI> base) {
        List<String> stages = new ArrayList<>();
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(source, Optional.of(target), Optional.of(LocalDateTime.parse(now)),
                base, cache), s -> stages.add(s.name()));
        return new Run(r, stages);
    }

    Run build(String now) {
        return build(site, out, now, true, Optional.empty());
    }

    /** A cold build of a fresh copy of the example, changed the same way, and the output compared with ours. */
    void assertSameAsCold(java.util.function.Consumer<Path> change, Run ours, String now) {
        Path cold = dir.resolve("cold");
        TestSite.delete(cold);
        TestSite.delete(dir.resolve("cold-out"));
        IncrementalBuildTest.copyExample(cold);
        change.accept(cold);
        Pipeline.Result fresh = build(cold, dir.resolve("cold-out"), now, false, Optional.empty()).result();
        assertEquals(fresh.problems().sorted(), ours.result().problems().sorted(), "the same problems");
        assertTrue(fresh.published());
        IncrementalBuildTest.assertSameFiles(dir.resolve("cold-out"), out);
    }

    String stampsOfTheOutput() {
        return UpToDate.outputs(out).orElseThrow();
    }

    @Test
    void aBuildWithNothingChangedLeavesTheOutputAsItIsAndSaysWhatTheLastOneSaid() {
        Run first = build(NOW);
        assertTrue(first.result().published());
        assertFalse(first.unchanged());
        String files = stampsOfTheOutput();
        Run again = build(NOW);
        assertTrue(again.unchanged(), again.stages().toString());
        assertEquals(List.of("unchanged"), again.stages(), "nothing loaded, rendered or published");
        assertEquals(files, stampsOfTheOutput(), "every output file is the very file the first build wrote");
        assertEquals(first.result().problems().sorted(), again.result().problems().sorted(), "the same warnings again");
        assertFalse(again.result().problems().isEmpty(), "the example has warnings to repeat");
        assertEquals(List.of(first.result().pages(), first.result().files(), first.result().bytes()),
                List.of(again.result().pages(), again.result().files(), again.result().bytes()));
        assertTrue(again.result().published(), "the site in the output folder is the site");
        assertSameAsCold(s -> { }, again, NOW);
    }

    /**
     * A build that updates the output folder (after an edit) works out the digest of the folder it leaves from what it
     * read of it and changed, without walking it again: the next build with nothing changed must find that digest
     * the folder's, and do nothing. The record holds one line for the inputs, a digest, not a line per file.
     */
    @Test
    void aBuildAfterAnEditLeavesARecordTheNextBuildFindsNothingChangedIn() throws IOException {
        java.util.function.Consumer<Path> change = aboutSays("We plan, and we buy:");
        Run edited = builtAfter(change);
        assertTrue(edited.result().published());
        Run again = build(NOW);
        assertEquals(List.of("unchanged"), again.stages(), "nothing loaded, rendered or published");
        assertSameAsCold(change, again, NOW);
        List<String> record = Files.readAllLines(UpToDate.file(site, out));
        assertEquals(1, record.stream().filter(l -> l.startsWith("input stamps\t")).count());
        assertTrue(record.stream().noneMatch(l -> l.startsWith("content/")), "no line per content file");
    }

    /**
     * The walk that stamps content/ is given to the content loader once and not held after (at 100,000 pages, held
     * to the end of the build, it took the peak memory over 1 GiB); when a file was changed moments ago there is none.
     */
    @Test
    void theWalkOfTheContentIsTakenOnce() throws IOException {
        UpToDate.Inputs inputs = UpToDate.inputsAndWalk(site).orElseThrow();
        assertEquals(UpToDate.inputs(site), Optional.of(inputs.line()));
        assertEquals(site.resolve("content"), inputs.takeContent().orElseThrow().root());
        assertEquals(Optional.empty(), inputs.takeContent(), "not held once taken");
        Files.writeString(site.resolve("content/about.md"), Files.readString(site.resolve("content/about.md")) + "\nMore.\n");
        assertEquals(Optional.empty(), UpToDate.inputsAndWalk(site), "a file changed moments ago");
    }

    /** The same change to the about page, for the site here and for a fresh copy built cold. */
    static java.util.function.Consumer<Path> aboutSays(String instead) {
        return s -> IncrementalBuildTest.edit(s.resolve("content/about.md"), "We plan and buy:", instead);
    }

    /** A build, then {@code change} saved a while before a second build, which does not find nothing to do. */
    Run builtAfter(java.util.function.Consumer<Path> change) throws IOException {
        build(NOW);
        change.accept(site);
        age(site);
        Run again = build(NOW);
        assertFalse(again.unchanged());
        return again;
    }

    @Test
    void aFileChangedToTheSameSizeIsSeen() throws IOException {
        java.util.function.Consumer<Path> change = aboutSays("We PLAN and buy:");
        assertSameAsCold(change, builtAfter(change), NOW);
    }

    @Test
    void filesAddedAndDeletedAreSeen() throws IOException {
        build(NOW);
        Files.writeString(site.resolve("content/new-page.md"), "---\ntitle: A new page\nsummary: Something new.\n---\nHello.\n");
        age(site);
        Run added = build(NOW);
        assertFalse(added.unchanged());
        assertTrue(Files.isRegularFile(out.resolve("new-page/index.html")));
        assertTrue(build(NOW).unchanged());
        Files.delete(site.resolve("content/new-page.md"));
        Run deleted = build(NOW);
        assertFalse(deleted.unchanged());
        assertFalse(Files.exists(out.resolve("new-page/index.html")));
        assertSameAsCold(s -> { }, deleted, NOW);
    }

    @Test
    void aTemplateOrPictureAddedBesideTheContentIsSeen() throws IOException {
        build(NOW);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/unused.ftlh"), "<#-- not used by any page -->\n");
        age(site);
        assertFalse(build(NOW).unchanged(), "the site's own templates are part of what it is made from");
        assertTrue(build(NOW).unchanged());
        Files.writeString(site.resolve(".a11y-audit.json"), "{}\n");
        age(site);
        assertFalse(build(NOW).unchanged(), "so is the latest audit, which the accessibility statement reports");
    }

    @Test
    void anOutputFileChangedOrDeletedByHandIsMadeAgain() throws IOException {
        build(NOW);
        Files.writeString(out.resolve("about/index.html"), "changed by hand", StandardCharsets.UTF_8);
        Files.delete(out.resolve("robots.txt"));
        Run again = build(NOW);
        assertFalse(again.unchanged());
        assertSameAsCold(s -> { }, again, NOW);
    }

    /**
     * The output folder deleted whole (as benchmarks and some publishing scripts do before each build): the build
     * does not stop to read the last build's record, which it could not use, and builds what a cold build does.
     */
    @Test
    void anOutputFolderDeletedWholeIsBuiltAgain() throws IOException {
        Run first = build(NOW);
        assertTrue(Files.isRegularFile(UpToDate.file(site, out)), "the first build left its record");
        TestSite.delete(out);
        Run again = build(NOW);
        assertFalse(again.unchanged());
        assertTrue(again.result().published());
        assertEquals(first.result().problems().sorted(), again.result().problems().sorted(), "the same warnings");
        assertSameAsCold(s -> { }, again, NOW);
        assertTrue(build(NOW).unchanged(), "and the build after it finds nothing changed");
    }

    @Test
    void theClockMayMoveOnUntilTheNextChangeOfStateOrMidnight() throws IOException {
        build(NOW);
        @SuppressWarnings("unchecked")
        Map<String, Object> schedule = new Json().toType(TestSite.read(out.resolve("status-changes.json")), Map.class);
        ZoneId zone = ZoneId.of((String) schedule.get("time_zone"));
        LocalDateTime now = LocalDateTime.parse(NOW);
        LocalDateTime next = Instant.parse((String) schedule.get("next_change")).atZone(zone).toLocalDateTime();
        LocalDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay();
        LocalDateTime until = next.isBefore(midnight) ? next : midnight;
        assertTrue(until.isAfter(now.plusMinutes(1)), "the example stays as it is for a while after its clock");

        Run later = build(until.minusMinutes(1).toString());
        assertTrue(later.unchanged(), "a minute before " + until);
        assertSameAsCold(s -> { }, later, until.minusMinutes(1).toString());

        Run then = build(until.toString());
        assertFalse(then.unchanged(), "at " + until + " the site changes");
        assertSameAsCold(s -> { }, then, until.toString());
        assertTrue(build(until.toString()).unchanged(), "and is then up to date again");
        assertFalse(build(NOW).unchanged(), "a clock turned back is another state");
    }

    @Test
    void anotherAddressOrACacheTurnedOffBuilds() {
        build(NOW);
        Run other = build(site, out, NOW, true, Optional.of(URI.create("https://elsewhere.example/engage/")));
        assertFalse(other.unchanged());
        assertTrue(TestSite.read(out.resolve("index.html")).contains("https://elsewhere.example/engage/"));
        assertFalse(build(NOW).unchanged(), "back to site.yml's address");
        assertFalse(build(site, out, NOW, false, Optional.empty()).unchanged(), "--no-cache always builds");
        assertTrue(build(NOW).unchanged(), "and records what it built");
    }

    @Test
    void filesChangedMomentsAgoAreNotTrusted() throws IOException {
        Files.writeString(site.resolve("content/about.md"), TestSite.read(site.resolve("content/about.md")) + "\nJust saved.\n");
        build(NOW);
        assertFalse(build(NOW).unchanged(), "it could change again within the same tick of the disk's clock");
    }

    @Test
    void aSymbolicLinkAmongTheContentTurnsTheShortcutOff() throws IOException {
        Path elsewhere = dir.resolve("elsewhere.csv");
        Files.writeString(elsewhere, "a,b\n1,2\n");
        Files.setLastModifiedTime(elsewhere, FileTime.from(saved));
        Files.createSymbolicLink(site.resolve("content/figures.csv"), elsewhere);
        build(NOW);
        assertFalse(build(NOW).unchanged(), "what the link points to could change unseen");
    }

    @Test
    void aDamagedRecordIsIgnored() throws IOException {
        build(NOW);
        Path record = UpToDate.file(site, out);
        String text = TestSite.read(record);
        Files.writeString(record, text.substring(0, text.length() / 2));
        Run again = build(NOW);
        assertFalse(again.unchanged());
        assertTrue(again.result().published());
        assertTrue(build(NOW).unchanged(), "the record is made afresh");
        Files.writeString(record, text.replace("portal-up-to-date 1", "portal-up-to-date 0"));
        assertFalse(build(NOW).unchanged());
    }

    @Test
    void aFailedBuildLeavesTheLastPublishedOneUpToDateForItsOwnFiles() throws IOException {
        build(NOW);
        Path about = site.resolve("content/about.md");
        String before = TestSite.read(about);
        FileTime time = Files.getLastModifiedTime(about);
        Files.writeString(about, before.replaceFirst("(?m)^title: .*$", "title:"));
        age(site);
        Run broken = build(NOW);
        assertFalse(broken.result().published());
        assertNotEquals(List.of(), broken.result().problems().sorted());
        Files.writeString(about, before);
        Files.setLastModifiedTime(about, time);
        Run back = build(NOW);
        assertTrue(back.unchanged(), "the file is as the published site was made from");
        assertSameAsCold(s -> { }, back, NOW);
    }

    @Test
    void whatABuildReadIsKeptForTheNextWhenItFailsAfterReadingTheFilesAndBeforeItReturns() throws IOException {
        build(NOW);
        // A page at the about page's address: every file reads well, and the site cannot be assembled.
        Path clash = site.resolve("content/about/index.md");
        Files.createDirectories(clash.getParent());
        Files.copy(site.resolve("content/about.md"), clash);
        age(site);
        Run broken = build(NOW);
        assertFalse(broken.result().published());
        assertTrue(broken.result().problems().sorted().stream().anyMatch(p -> p.message().contains("would both be published at")),
                broken.result().problems().sorted().toString());
        // The memo the failed build left, read as the next build reads it: every file comes from it, none from its file.
        org.engagementportal.source.Problems problems = new org.engagementportal.source.Problems();
        org.engagementportal.config.SiteData data = new org.engagementportal.config.DataLoader(site, problems).load();
        List<String> notes = new ArrayList<>();
        org.engagementportal.content.LoadMemo kept = org.engagementportal.content.LoadMemo.kept(Pipeline.contentMemo(site),
                PortalVersion.fingerprint(), notes::add);
        List<org.engagementportal.content.Document> documents = new org.engagementportal.content.ContentLoader(site, data,
                LocalDateTime.parse(NOW).atZone(data.site().timeZone()), problems, org.engagementportal.types.ContentTypes.ALL)
                .load(kept).documents();
        assertEquals(List.of(), notes);
        assertTrue(documents.size() > 50);
        assertEquals(List.of(), documents.stream().filter(d -> !d.body().toString().contains("since an earlier build"))
                .map(d -> d.source().toString()).toList(), "files read again rather than taken from the memo");
    }
}
