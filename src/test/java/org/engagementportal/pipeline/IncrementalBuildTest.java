package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal build} after a change re-renders what depends on the change and nothing else, and gives
 * exactly what a cold build of the same content gives: the same files, byte for byte, and the same problems.
 * Each test builds a copy of the example portal, changes it, builds it again with the cache, and compares
 * with a cold build of a second copy changed the same way.
 */
class IncrementalBuildTest {
    static final String NOW = TestSite.EXAMPLE_NOW;

    @TempDir
    Path dir;
    Path site;
    Path out;
    List<String> notes = new ArrayList<>();

    @BeforeEach
    void copyTheExample() {
        site = dir.resolve("site");
        out = dir.resolve("out");
        copyExample(site);
        Pipeline.Result first = build(site, out, NOW, true);
        assertTrue(first.published(), first.problems().sorted().toString());
    }

    static void copyExample(Path to) {
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), to.resolve("content"));
        try {
            Files.copy(TestSite.PROJECT.resolve(".a11y-audit.json"), to.resolve(".a11y-audit.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Pipeline.Result build(Path source, Path target, String now, boolean cache) {
        return new Pipeline().run(new Pipeline.Options(source, Optional.of(target), Optional.of(LocalDateTime.parse(now)),
                Optional.empty(), cache), stage -> {
            if (stage.name().equals("cache")) {
                notes.add(stage.detail());
            }
        });
    }

    /** A cold build of a fresh copy of the example with the same change, compared with the incremental one. */
    void assertSameAsCold(java.util.function.Consumer<Path> change, Pipeline.Result incremental, String now) {
        Path cold = dir.resolve("cold");
        copyExample(cold);
        change.accept(cold);
        Pipeline.Result fresh = build(cold, dir.resolve("cold-out"), now, false);
        assertEquals(fresh.problems().sorted(), incremental.problems().sorted(), "the same problems");
        assertEquals(fresh.published(), incremental.published());
        if (fresh.published()) {
            assertSameFiles(dir.resolve("cold-out"), out);
        }
    }

    static void assertSameFiles(Path expected, Path actual) {
        assertSameFiles(expected, actual, "");
    }

    /** @param after what was done before the build, for the message */
    static void assertSameFiles(Path expected, Path actual, String after) {
        Map<String, byte[]> a = TestSite.files(expected);
        Map<String, byte[]> b = TestSite.files(actual);
        assertEquals(a.keySet(), b.keySet(), "the same files" + after);
        // Every file that differs is named, the manifest (which lists them all) last, so a failure says where to look.
        java.util.List<String> differ = a.keySet().stream().filter(p -> !java.util.Arrays.equals(a.get(p), b.get(p)))
                .sorted(java.util.Comparator.comparing((String p) -> p.equals("/manifest.json")).thenComparing(p -> p))
                .toList();
        for (String path : differ) {
            assertArrayEquals(a.get(path), b.get(path), path + " is the same as a cold build's" + after + " (all that differ: " + differ + ")");
        }
    }

    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), file + " has " + from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static SortedSet<String> pages(Pipeline.Result r) {
        SortedSet<String> pages = new TreeSet<>();
        r.rendered().stream().filter(p -> p.endsWith(".html")).forEach(pages::add);
        return pages;
    }

    @Test
    void theSiteAlertComingDownAtItsEndReRendersEveryPage() {
        String end = "2026-11-30T17:00"; // site.yml's alert ends then, and nothing else in the example changes at that minute
        Pipeline.Result before = build(site, out, "2026-11-30T16:59", true);
        assertTrue(TestSite.read(out.resolve("about/index.html")).contains("id=\"site-alert\""), "up a minute before its end");
        Pipeline.Result after = build(site, out, end, true);
        assertFalse(TestSite.read(out.resolve("about/index.html")).contains("site-alert"), "down at its end");
        assertTrue(after.rendered().containsAll(java.util.List.of("/index.html", "/about/index.html", "/a-z/index.html",
                "/search/index.html")), "every page shows it: " + pages(after).size() + " of " + pages(before).size());
        assertSameAsCold(s -> { }, after, end);
    }

    @Test
    void aBuildDeletesHalfWrittenCacheFilesThatABuildStoppedLongAgoLeft() throws IOException {
        Path folder = site.resolve(".portal-cache");
        Path old = folder.resolve("search123.part");
        Path recent = folder.resolve("outputs456.part");
        Files.writeString(old, "half written by a build that was stopped");
        Files.writeString(recent, "another build's, still writing");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(2 * 3600)));
        Path text = site.resolve("content/about.md");
        Files.writeString(text, Files.readString(text) + "\nOne more line.\n");
        assertTrue(build(site, out, NOW, true).published());
        assertFalse(Files.exists(old), "an hour old: nothing will finish it");
        assertTrue(Files.exists(recent), "may be another build's, still writing");
    }

    @Test
    void nothingChangedRendersNothing() {
        Pipeline.Result again = build(site, out, NOW, true);
        assertEquals(Set.of(), again.rendered(), "every page and feed is reused");
        assertSameAsCold(s -> { }, again, NOW);
    }

    @Test
    void aChangeToOnePagesTextReRendersThatPageAndTheFeedsThatCarryItOnly() {
        java.util.function.Consumer<Path> change = s -> edit(s.resolve("content/bulletins/weekly/2026-11-13.md"),
                "\n## ", "\nA new paragraph, written after the bulletin went out.\n\n## ");
        change.accept(site);
        Pipeline.Result r = build(site, out, NOW, true);
        assertEquals(Set.of("/bulletins/weekly/2026-11-13/index.html"), pages(r), "the page, and no listing: its card is the same "
                + "(nor the yearly pages or the open data, which show what each page says of itself)");
        assertTrue(r.rendered().contains("/bulletins/weekly/feed.xml"), "its series' feed carries its text: " + r.rendered());
        assertTrue(r.rendered().stream().allMatch(p -> p.endsWith(".html") || p.matches(".*/(feed\\.xml|atom\\.xml|feed\\.json)")
                        || p.matches("/search/(index|pages/\\d+|words/[^/]+)\\.json")),
                r.rendered().toString());
        assertTrue(r.rendered().contains("/search/index.json"), "the search index has the page's words: " + r.rendered());
        assertSameAsCold(change, r, NOW);
    }

    @Test
    void aNewTitleReRendersThePageItsVersionsAndEveryListShowingItButNoOtherPage() {
        java.util.function.Consumer<Path> change = s -> edit(s.resolve("content/consultations/community-mental-health-hubs.md"),
                "title: Community mental health hubs in Northam and Saltcote", "title: Mental health hubs for Northam and Saltcote");
        change.accept(site);
        Pipeline.Result r = build(site, out, NOW, true);
        SortedSet<String> pages = pages(r);
        for (String expected : List.of("/consultations/community-mental-health-hubs/index.html",
                "/consultations/community-mental-health-hubs/easy-read/index.html",
                "/consultations/community-mental-health-hubs/pl/index.html", "/consultations/index.html", "/index.html",
                "/topics/mental-health/index.html", "/areas/northam/index.html", "/consultations/topics/mental-health/index.html",
                "/consultations/areas/saltcote/index.html")) {
            assertTrue(pages.contains(expected), expected + " shows the title, so it is made again: " + pages);
        }
        assertTrue(r.rendered().contains("/open-data/engagement.csv") && r.rendered().contains("/open-data/engagement.json"),
                "every consultation is a row of the open data: " + r.rendered());
        assertTrue(pages.contains("/you-said-we-did/index.html"), "which the yearly pages link to with its size");
        assertFalse(pages.contains("/about/index.html"), "a page that does not show it is reused");
        assertFalse(pages.contains("/consultations/dental-access/index.html"), pages.toString());
        assertFalse(pages.contains("/topics/dentistry/index.html"), pages.toString());
        assertSameAsCold(change, r, NOW);
    }

    @Test
    void aConsultationsNewTitleReRendersTheMeetingThatDecidedItWhichLinksBackToIt() {
        java.util.function.Consumer<Path> change = s -> edit(s.resolve("content/consultations/gp-extended-access.md"),
                "title: Extended access to GP appointments", "title: Evening and weekend GP appointments");
        change.accept(site);
        Pipeline.Result r = build(site, out, NOW, true);
        assertTrue(pages(r).contains("/governing-body/2026-07-16/index.html"),
                "the meeting's agenda shows the consultation's title: " + pages(r));
        assertFalse(pages(r).contains("/governing-body/2026-09-10/index.html"), "another meeting is reused");
        assertTrue(TestSite.read(out.resolve("governing-body/2026-07-16/index.html")).contains("Evening and weekend GP appointments"));
        assertSameAsCold(change, r, NOW);
    }

    /** The example's template {@code name} with {@code from} (which it must hold) replaced by {@code to}, in a copy of the site. */
    private static java.util.function.Consumer<Path> templateEdit(String name, String from, String to) {
        return s -> {
            String template = TestSite.read(TestSite.PROJECT.resolve("templates/" + name));
            assertTrue(template.contains(from), name + " holds " + from);
            TestSite.writeBytes(s.resolve("templates/" + name), template.replace(from, to).getBytes(StandardCharsets.UTF_8));
        };
    }

    @Test
    void aChangedTemplateReRendersThePagesThatUseItOnly() {
        java.util.function.Consumer<Path> change = templateEdit("event.ftlh", "caption=\"Event\"", "caption=\"Event near you\"");
        change.accept(site);
        Pipeline.Result r = build(site, out, NOW, true);
        SortedSet<String> pages = pages(r);
        assertFalse(pages.isEmpty());
        assertTrue(pages.stream().allMatch(p -> p.startsWith("/events/") && !p.equals("/events/index.html")),
                "only the events' pages use the event template: " + pages);
        assertTrue(TestSite.read(out.resolve("events/kingsmere-drop-in/index.html")).contains("Event near you"));
        assertSameAsCold(change, r, NOW);
    }

    @Test
    void aChangedYearlyTemplateRemakesTheYearsPagesWhoseLinksSayHowBigTheOpenDataTakenFromTheLastBuildIs() {
        java.util.function.Consumer<Path> change = templateEdit("you-said-we-did-year.ftlh", "as data you can reuse:",
                "as data anyone may reuse:");
        change.accept(site);
        Pipeline.Result r = build(site, out, NOW, true);
        SortedSet<String> pages = pages(r);
        assertTrue(pages.stream().anyMatch(p -> p.matches("/you-said-we-did/\\d{4}-\\d{2}/index\\.html")), pages.toString());
        assertFalse(pages.stream().anyMatch(p -> p.startsWith("/open-data/")), "the open data is as it was: " + pages);
        String page = TestSite.read(out.resolve(pages.stream().filter(p -> p.startsWith("/you-said-we-did/2")).findFirst().get().substring(1)));
        assertTrue(page.contains("as data anyone may reuse:"));
        // The sizes on the links, worked out from the files made again to be measured, as a cold build writes them.
        assertSameAsCold(change, r, NOW);
    }

    @Test
    void theClockPassingAConsultationsClosingReRendersWhatShowsItsStatus() {
        String later = "2027-01-12T09:00"; // the mental health hubs consultation closed the night before
        Pipeline.Result r = build(site, out, later, true);
        assertTrue(pages(r).contains("/consultations/community-mental-health-hubs/index.html"), pages(r).toString());
        assertTrue(pages(r).contains("/consultations/index.html"));
        assertSameAsCold(s -> { }, r, later);
    }

    @Test
    void aFailedBuildKeepsTheCacheOfTheOutputItLeftUntouched() {
        Path file = site.resolve("content/about.md");
        String good = TestSite.read(file);
        edit(file, "title:", "title: [unclosed");
        Pipeline.Result failed = build(site, out, NOW, true);
        assertFalse(failed.published());
        TestSite.writeBytes(file, (good + "\nOne more line.\n").getBytes(StandardCharsets.UTF_8));
        Pipeline.Result fixed = build(site, out, NOW, true);
        assertEquals(Set.of("/about/index.html"), pages(fixed));
        assertSameAsCold(s -> TestSite.writeBytes(s.resolve("content/about.md"),
                (good + "\nOne more line.\n").getBytes(StandardCharsets.UTF_8)), fixed, NOW);
    }

    @Test
    void aCacheFromAnotherVersionOfThePortalOrDamagedIsIgnoredWithANote() throws IOException {
        Path cache = RenderCache.file(site, out);
        String text = Files.readString(cache);
        Files.writeString(cache, text.replaceFirst("\t[0-9a-f]{64}\t", "\t" + "0".repeat(64) + "\t"));
        // Nothing else changed, so a build more than two seconds after the site was copied is rightly "nothing to do"
        // and never reads the cache (UpToDate); on a busy machine that made this test fail. Forget it, to test the cache.
        UpToDate.forget(site, out);
        Pipeline.Result other = build(site, out, NOW, true);
        assertTrue(notes.stream().anyMatch(n -> n.contains("another version of the portal")), notes.toString());
        assertFalse(other.rendered().isEmpty());
        assertTrue(other.rendered().contains("/index.html"), "everything is made: " + other.rendered().size());

        Files.writeString(cache, text.substring(0, text.length() / 2) + "\nO\tbroken");
        // A file saved just now: the build cannot take the whole-build shortcut (UpToDate), which on a slow machine,
        // more than two seconds after the copy, it otherwise would, and never read the damaged cache.
        Path about = site.resolve("content/about.md");
        Files.setLastModifiedTime(about, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        notes.clear();
        UpToDate.forget(site, out);
        Pipeline.Result damaged = build(site, out, NOW, true);
        assertTrue(notes.stream().anyMatch(n -> n.contains("could not be read")), notes.toString());
        assertEquals(other.rendered(), damaged.rendered());
        assertSameAsCold(s -> { }, damaged, NOW);
        assertEquals(Set.of(), build(site, out, NOW, true).rendered(), "and the next build trusts the cache it made");
    }

    /**
     * An output folder put back from a copy (a rollback), or built into from another site, since the last build: the
     * cache describes the folder that build left, so it is not trusted and everything is made. Before, the next build
     * took the restored folder's old pages as up to date, published them with the change missing and said it had built
     * it; and the build after that found "nothing to do".
     */
    @Test
    void anOutputFolderRestoredFromACopyIsNotTakenForTheOneTheCacheDescribes() throws IOException {
        Path backup = dir.resolve("backup");
        TestSite.copyTree(out, backup);
        Path about = site.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nA new paragraph about opening hours.\n");
        assertTrue(build(site, out, NOW, true).published());
        assertTrue(TestSite.read(out.resolve("about/index.html")).contains("opening hours"));
        TestSite.delete(out);
        TestSite.copyTree(backup, out);
        UpToDate.forget(site, out); // the copy's stamps already say so; not what this test is about
        notes.clear();
        Pipeline.Result after = build(site, out, NOW, true);
        assertTrue(TestSite.read(out.resolve("about/index.html")).contains("opening hours"), "the change is published");
        assertTrue(notes.stream().anyMatch(n -> n.contains("is not as the last build into it left it")), notes.toString());
        assertSameAsCold(s -> {
            try {
                Path a = s.resolve("content/about.md");
                Files.writeString(a, Files.readString(a) + "\nA new paragraph about opening hours.\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, after, NOW);
    }

    /**
     * The stamp of the output's manifest the cache keeps, read a block at a time: the CRC-32C and length of the whole
     * file, over several blocks and a part of one, and another when one byte of it changes.
     */
    @Test
    void theManifestsStampIsItsWholeChecksumAndLength() throws IOException {
        Path folder = dir.resolve("stamped");
        Files.createDirectories(folder);
        assertEquals("none", RenderCache.manifestStamp(folder), "no manifest");
        byte[] bytes = new byte[3 * 65536 + 1234];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(folder.resolve("manifest.json"), bytes);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        String stamp = RenderCache.manifestStamp(folder);
        assertEquals(Long.toHexString(crc.getValue()) + "-" + bytes.length, stamp);
        bytes[bytes.length - 1]++;
        Files.write(folder.resolve("manifest.json"), bytes);
        assertFalse(stamp.equals(RenderCache.manifestStamp(folder)), "the last byte changed");
    }

    @Test
    void noCacheBuildsEverything() {
        Pipeline.Result cold = build(site, out, NOW, false);
        assertTrue(cold.rendered().contains("/about/index.html") && cold.rendered().contains("/index.html"));
        assertEquals(cold.pages(), pages(cold).size(), "every page");
    }

    @Test
    void eachOutputFolderHasItsOwnCache() {
        Path elsewhere = dir.resolve("elsewhere");
        Pipeline.Result r = build(site, elsewhere, NOW, true);
        assertEquals(r.pages(), pages(r).size(), "everything is made for a folder with no cache yet");
        assertEquals(Set.of(), build(site, out, NOW, true).rendered(), "and the first folder's cache is still there");
        assertEquals(Set.of(), build(site, elsewhere, NOW, true).rendered());
    }

    @Test
    void theCacheKeepsTheOutputFoldersBuiltIntoLastAndNoMore() throws IOException {
        // A script building into a new folder each time: the caches of the folders before the last few go.
        // The site's files last changed long enough ago to be trusted (UpToDate.RACY_MILLIS), however quick the builds,
        // so that each build keeps its record of them.
        try (var files = Files.walk(site)) {
            java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(site.resolve(".portal-cache"))).toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
        List<Path> folders = new ArrayList<>();
        for (Path f : List.of(RenderCache.file(site, out), UpToDate.file(site, out), RenderCache.countsFile(site, out))) {
            if (Files.exists(f)) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(200)));
            }
        }
        for (int i = 0; i < RenderCache.OUTPUT_FOLDERS_KEPT + 2; i++) {
            Path elsewhere = dir.resolve("temporary-" + i);
            folders.add(elsewhere);
            assertTrue(build(site, elsewhere, NOW, true).published());
            // Each build's cache files a second newer than the one before, as the disk's clock may not tell them apart.
            java.nio.file.attribute.FileTime t = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(100 - i));
            for (Path f : List.of(RenderCache.file(site, elsewhere), UpToDate.file(site, elsewhere), RenderCache.countsFile(site, elsewhere))) {
                if (Files.exists(f)) {
                    Files.setLastModifiedTime(f, t);
                }
            }
        }
        Path latest = folders.get(folders.size() - 1);
        assertTrue(build(site, latest, NOW, true).rendered().isEmpty(), "the latest folder's cache is kept");
        Set<Path> kept = new java.util.HashSet<>();
        try (var files = Files.list(site.resolve(".portal-cache"))) {
            files.forEach(kept::add);
        }
        for (int i = 0; i < folders.size(); i++) {
            boolean recent = i >= folders.size() - RenderCache.OUTPUT_FOLDERS_KEPT;
            assertEquals(recent, kept.contains(RenderCache.file(site, folders.get(i))), "the cache of " + folders.get(i));
            assertEquals(recent, kept.contains(RenderCache.countsFile(site, folders.get(i))), "the search counts of " + folders.get(i));
        }
        assertTrue(kept.contains(UpToDate.file(site, latest)));
        assertFalse(kept.contains(UpToDate.file(site, folders.get(0))), "nor the record of its inputs");
        assertFalse(kept.contains(RenderCache.file(site, out)), "the folder the example was first built into, longest ago");
        assertEquals(Set.of(), build(site, folders.get(folders.size() - RenderCache.OUTPUT_FOLDERS_KEPT), NOW, true).rendered(),
                "the oldest folder kept still builds from its cache");
    }

    @Test
    void theAccessibilityStatementIsMadeAgainOnANewDayAsItSaysTheDayItWasChecked() {
        String block = """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We are the NHS in Testshire.
                -- content/accessibility.md --
                ---
                title: Accessibility statement
                summary: How accessible this website is.
                ---
                We want as many people as possible to be able to use this website.
                """;
        Path small = dir.resolve("small");
        org.engagementportal.testing.TextSite.write(small, block);
        Path smallOut = dir.resolve("small-out");
        build(small, smallOut, "2026-03-01T09:00", true);
        Pipeline.Result nextDay = build(small, smallOut, "2026-03-02T09:00", true);
        assertEquals(Set.of("/accessibility/index.html"), pages(nextDay), "nothing else shows the day");
        Path cold = dir.resolve("small-cold");
        org.engagementportal.testing.TextSite.write(cold, block);
        build(cold, dir.resolve("small-cold-out"), "2026-03-02T09:00", false);
        assertSameFiles(dir.resolve("small-cold-out"), smallOut);
    }
}
