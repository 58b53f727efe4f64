package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging folder a build writes into, and the swap that publishes it, on real folders: files and
 * their compressed copies, the manifest, reuse of the previous output's copies, and an output folder that
 * is always either the whole old site or the whole new one.
 */
class StagingFolderTest {
    static final String PID = Long.toString(ProcessHandle.current().pid());
    static final Origin PORTAL = Origin.portal("the portal's pages");

    @TempDir
    Path dir;
    final Problems problems = new Problems();

    static byte[] text(int size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < size; i++) {
            sb.append("<p>Paragraph ").append(i % 7).append(" about dental services.</p>\n");
        }
        return sb.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }

    private StagingFolder staging(Path out) {
        return StagingFolder.beside(out, problems);
    }

    @Test
    void aStagingFolderIsBesideTheOutputAndMarkedAsThePortals() {
        Path out = dir.resolve("public");
        try (StagingFolder staging = staging(out)) {
            assertEquals(dir.resolve("public.staging-" + PID), staging.root());
            assertTrue(Files.isRegularFile(staging.root().resolve(StagingFolder.MARKER)));
            assertFalse(Files.exists(out), "the output folder is not made until the build is published");
        }
    }

    @Test
    void aStagingFolderLeftByThisProcessIsEmptiedFirst() {
        Path leftover = dir.resolve("public.staging-" + PID);
        org.engagementportal.testing.TestSite.writeBytes(leftover.resolve("old/index.html"), "half written".getBytes());
        try (StagingFolder staging = staging(dir.resolve("public"))) {
            assertEquals(Map.of("/" + StagingFolder.MARKER, new byte[0]).keySet(), TestSite.files(staging.root()).keySet());
        }
    }

    @Test
    void textOverOneKilobyteGetsCompressedCopiesAndEverythingElseDoesNot() throws IOException {
        Random random = new Random(5);
        byte[] photo = new byte[4096];
        random.nextBytes(photo);
        try (StagingFolder staging = staging(dir.resolve("public"))) {
            staging.write("/exactly/index.html", text(1024), PORTAL);
            staging.write("/over/index.html", text(1025), PORTAL);
            staging.write("/UPPER.HTML", text(3000), PORTAL);
            staging.write("/_headers", text(3000), PORTAL);
            staging.write("/photo.jpg", photo, PORTAL);
            staging.write("/noise.txt", photo, PORTAL);
            Path root = staging.root();
            assertFalse(Files.exists(root.resolve("exactly/index.html.gz")), "1 KB is not over 1 KB");
            assertArrayEquals(text(1025), PrecompressedTest.gunzip(Files.readAllBytes(root.resolve("over/index.html.gz"))));
            assertTrue(Files.exists(root.resolve("UPPER.HTML.gz")));
            assertFalse(Files.exists(root.resolve("_headers.gz")), "read by the CDN, not served");
            assertFalse(Files.exists(root.resolve("photo.jpg.gz")));
            assertFalse(Files.exists(root.resolve("noise.txt.gz")), "text that would not get smaller");
            assertFalse(Files.exists(root.resolve("noise.txt.br")));
            if (Precompressed.brotliAvailable()) {
                assertArrayEquals(text(1025), PrecompressedTest.unbrotli(Files.readAllBytes(root.resolve("over/index.html.br"))));
            }
        }
    }

    @Test
    void copiedFilesAreCompressedWhenTextAndCopiedAsTheyAreOtherwise() throws IOException {
        Path csv = Files.write(dir.resolve("figures.csv"), "year,people\n2026,12\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        byte[] pdfBytes = new byte[200_000];
        new Random(11).nextBytes(pdfBytes);
        Path pdf = Files.write(dir.resolve("plan.pdf"), pdfBytes);
        try (StagingFolder staging = staging(dir.resolve("public"))) {
            staging.copy("/data/figures.csv", csv, Origin.content("content/data/figures.csv", Position.file("content/data/figures.csv")));
            staging.copy("/papers/plan.pdf", pdf, Origin.content("content/papers/plan.pdf", Position.file("content/papers/plan.pdf")));
            staging.finish();
            Map<String, byte[]> files = TestSite.files(staging.root());
            assertArrayEquals(Files.readAllBytes(csv), files.get("/data/figures.csv"));
            assertArrayEquals(Files.readAllBytes(csv), PrecompressedTest.gunzip(files.get("/data/figures.csv.gz")));
            assertArrayEquals(pdfBytes, files.get("/papers/plan.pdf"));
            assertFalse(files.containsKey("/papers/plan.pdf.gz"));
            String manifest = new String(files.get("/manifest.json"), StandardCharsets.UTF_8);
            assertTrue(manifest.contains("{\"path\": \"/papers/plan.pdf\", \"size\": 200000, \"sha256\": \"" + Manifest.sha256(pdfBytes) + "\"}"),
                    "a file copied as it is is hashed as it streams: " + manifest);
            assertEquals(200_000 + Files.size(csv), staging.byteCount(), "the files' bytes, not their copies'");
        }
    }

    @Test
    void theManifestListsEveryFileInTheFolderButItselfAndTheMarker() throws IOException {
        try (StagingFolder staging = staging(dir.resolve("public"))) {
            staging.write("/index.html", text(5000), PORTAL);
            staging.write("/about/index.html", text(500), PORTAL);
            staging.write("/robots.txt", "User-agent: *\n".getBytes(StandardCharsets.UTF_8), PORTAL);
            staging.finish();
            Map<String, byte[]> files = TestSite.files(staging.root());
            files.remove("/" + StagingFolder.MARKER);
            Map<String, Manifest.Entry> listed = Manifest.previous(staging.root(), Precompressed.SETTINGS);
            assertEquals(files.size() - 1, listed.size());
            files.forEach((path, bytes) -> {
                if (!path.equals("/manifest.json")) {
                    assertEquals(new Manifest.Entry(bytes.length, Manifest.sha256(bytes)), listed.get(path), path);
                }
            });
            assertEquals(files.size(), staging.filesWritten(), "compressed copies and the manifest counted");
            assertEquals(4, staging.fileCount(), "the files written and the manifest, without the copies");
        }
    }

    @Test
    void aClashLeavesTheFirstFileAsItWas() throws IOException {
        try (StagingFolder staging = staging(dir.resolve("public"))) {
            staging.write("/about/index.html", "first".getBytes(StandardCharsets.UTF_8), Origin.content("content/about.md",
                    new Position("content/about.md", 1, 1)));
            staging.write("/about/index.html", "second".getBytes(StandardCharsets.UTF_8), Origin.content("content/about/index.md",
                    new Position("content/about/index.md", 1, 1)));
            assertEquals("first", Files.readString(staging.root().resolve("about/index.html")));
            assertEquals(1, problems.errorCount());
        }
    }

    @Test
    void anUnpublishedStagingFolderIsDeletedWhenClosed() {
        Path root;
        try (StagingFolder staging = staging(dir.resolve("public"))) {
            staging.write("/a/b/c/index.html", text(3000), PORTAL);
            root = staging.root();
            assertTrue(Files.exists(root.resolve("a/b/c/index.html.gz")));
        }
        assertFalse(Files.exists(root));
    }

    @Test
    void publishingPutsTheFolderInPlaceWithoutItsMarker() {
        Path out = dir.resolve("public");
        try (StagingFolder staging = staging(out)) {
            staging.write("/index.html", text(2000), PORTAL);
            staging.finish();
            Publisher.publish(staging, out);
            assertFalse(Files.exists(staging.root()), "moved, not copied");
        }
        Map<String, byte[]> files = TestSite.files(out);
        assertArrayEquals(text(2000), files.get("/index.html"));
        assertFalse(files.containsKey("/" + StagingFolder.MARKER));
        assertTrue(files.containsKey("/index.html.gz") && files.containsKey("/manifest.json"));
    }

    @Test
    void publishingReplacesTheWholeOfThePreviousOutput() throws IOException {
        Path out = dir.resolve("public");
        try (StagingFolder first = staging(out)) {
            first.write("/old/index.html", text(2000), PORTAL);
            first.write("/index.html", "old home".getBytes(StandardCharsets.UTF_8), PORTAL);
            first.finish();
            Publisher.publish(first, out);
        }
        try (StagingFolder second = staging(out)) {
            second.write("/index.html", "new home".getBytes(StandardCharsets.UTF_8), PORTAL);
            second.finish();
            Publisher.publish(second, out);
        }
        assertEquals(List.of("/index.html", "/manifest.json"), List.copyOf(TestSite.files(out).keySet()), "nothing of the old site is left in it");
        assertEquals("new home", Files.readString(out.resolve("index.html")));
        awaitBackgroundDeletion();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(out), siblings.toList(), "the old output is deleted, no staging folder is left");
        }
    }

    @Test
    void anUnchangedFilesCopiesAreTakenFromThePreviousOutput() throws IOException {
        Path out = dir.resolve("public");
        byte[] same = text(4000);
        try (StagingFolder first = staging(out)) {
            first.write("/same.html", same, PORTAL);
            first.write("/changed.html", text(3000), PORTAL);
            first.finish();
            Publisher.publish(first, out);
        }
        try (StagingFolder second = staging(out)) {
            second.write("/same.html", same, PORTAL);
            second.write("/changed.html", text(3001), PORTAL);
            Path root = second.root();
            assertTrue(Files.isSameFile(out.resolve("same.html.gz"), root.resolve("same.html.gz")), "linked from the previous output");
            assertFalse(Files.isSameFile(out.resolve("changed.html.gz"), root.resolve("changed.html.gz")));
            assertArrayEquals(text(3001), PrecompressedTest.gunzip(Files.readAllBytes(root.resolve("changed.html.gz"))));
            assertTrue(Files.getLastModifiedTime(root.resolve("same.html.gz"))
                    .compareTo(Files.getLastModifiedTime(root.resolve("same.html"))) >= 0, "as new as its file");
        }
    }

    /** The site a build makes: its files' contents by site path. */
    private Map<String, byte[]> build(StagingFolder staging, Map<String, byte[]> pages) {
        pages.forEach((path, bytes) -> staging.write(path, bytes, PORTAL));
        staging.finish();
        return TestSite.files(staging.root());
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void anUpdateMovesOnlyWhatChangedIntoTheOutputAndEndsAsAWholeNewFolderWould() throws IOException {
        Path out = dir.resolve("public");
        Map<String, byte[]> before = new java.util.TreeMap<>(Map.of(
                "/index.html", text(3000),
                "/same/index.html", text(4000),
                "/changed/index.html", text(5000),
                "/gone/deep/index.html", text(2000),
                "/was-a-page", text(1500),
                "/was-a-folder/index.html", text(1200)));
        try (StagingFolder first = StagingFolder.updating(out, problems)) {
            assertFalse(first.isUpdate(), "no output yet: the whole site is staged");
            build(first, before);
            Publisher.publish(first, out);
        }
        Files.writeString(out.resolve("put-there-by-hand.txt"), "not the portal's");
        Object sameFile = key(out.resolve("same/index.html"));
        Object sameCopy = key(out.resolve("same/index.html.br"));

        Map<String, byte[]> after = new java.util.TreeMap<>(Map.of(
                "/index.html", text(3000),
                "/same/index.html", text(4000),
                "/changed/index.html", text(5001),
                "/new/index.html", text(2500),
                "/was-a-page/index.html", text(1500),
                "/was-a-folder", text(1200)));
        try (StagingFolder update = StagingFolder.updating(out, problems)) {
            assertTrue(update.isUpdate());
            build(update, after);
            assertEquals(java.util.Set.of("/changed/index.html", "/changed/index.html.gz", "/changed/index.html.br",
                            "/new/index.html", "/new/index.html.gz", "/new/index.html.br", "/was-a-page/index.html",
                            "/was-a-page/index.html.gz", "/was-a-page/index.html.br", "/was-a-folder"),
                    update.staged(), "only what differs from the output is written");
            Publisher.publish(update, out);
        }
        Map<String, byte[]> cold;
        Path coldOut = dir.resolve("cold");
        try (StagingFolder whole = StagingFolder.beside(coldOut, problems)) {
            build(whole, after);
            Publisher.publish(whole, coldOut);
        }
        cold = TestSite.files(coldOut);
        Map<String, byte[]> updated = TestSite.files(out);
        assertEquals(cold.keySet(), updated.keySet(), "gone pages, emptied folders and the file put there by hand are removed");
        cold.forEach((path, bytes) -> assertArrayEquals(bytes, updated.get(path), path));
        assertEquals(sameFile, key(out.resolve("same/index.html")), "an unchanged file is left where it is");
        assertEquals(sameCopy, key(out.resolve("same/index.html.br")));
        assertFalse(Files.exists(dir.resolve("public.staging-" + PID)), "the staging folder is gone");
        assertFalse(Files.exists(out.resolve("gone")), "a folder left empty is removed");
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void aFileChangedOrRemovedByHandInTheOutputIsWrittenAgain() throws IOException {
        Path out = dir.resolve("public");
        Map<String, byte[]> site = Map.of("/a/index.html", text(3000), "/b/index.html", text(3000), "/c/index.html", text(3000));
        try (StagingFolder first = StagingFolder.updating(out, problems)) {
            build(first, site);
            Publisher.publish(first, out);
        }
        Files.write(out.resolve("a/index.html"), text(10));
        Files.delete(out.resolve("b/index.html.br"));
        try (StagingFolder update = StagingFolder.updating(out, problems)) {
            build(update, site);
            assertEquals(java.util.Set.of("/a/index.html", "/a/index.html.gz", "/a/index.html.br", "/b/index.html",
                    "/b/index.html.gz", "/b/index.html.br"), update.staged());
            Publisher.publish(update, out);
        }
        assertArrayEquals(text(3000), Files.readAllBytes(out.resolve("a/index.html")));
        assertArrayEquals(text(3000), PrecompressedTest.gunzip(Files.readAllBytes(out.resolve("b/index.html.gz"))));
        assertTrue(Files.isRegularFile(out.resolve("b/index.html.br")));
    }

    /** A file changed by hand at the same size (a letter typed over another) was left, and the manifest then lied about it. */
    @Test
    void aFileChangedByHandAtTheSameSizeIsWrittenAgain() throws IOException {
        for (boolean mayReadTree : new boolean[] {true, false}) {
            Path out = dir.resolve("public-" + mayReadTree);
            Map<String, byte[]> site = Map.of("/a/index.html", text(3000), "/b/index.html", text(3000));
            try (StagingFolder first = StagingFolder.updating(out, problems)) {
                build(first, site);
                Publisher.publish(first, out);
            }
            byte[] edited = text(3000);
            edited[100] = (byte) (edited[100] == 'x' ? 'y' : 'x');
            Files.write(out.resolve("a/index.html"), edited);
            // Later than the manifest, as an edit after publishing is, on a disk whose clock is coarse too.
            Files.setLastModifiedTime(out.resolve("a/index.html"), java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(out.resolve("manifest.json")).toMillis() + 2000));
            try (StagingFolder update = StagingFolder.updatingAhead(out, mayReadTree).apply(problems)) {
                build(update, site);
                assertEquals(java.util.Set.of("/a/index.html", "/a/index.html.gz", "/a/index.html.br"), update.staged(),
                        "read whole: " + mayReadTree);
                Publisher.publish(update, out);
            }
            assertArrayEquals(text(3000), Files.readAllBytes(out.resolve("a/index.html")), "read whole: " + mayReadTree);
        }
    }

    @Test
    void anOutputWithoutItsManifestIsReplacedWhole() throws IOException {
        Path out = dir.resolve("public");
        try (StagingFolder first = StagingFolder.updating(out, problems)) {
            build(first, Map.of("/index.html", text(3000)));
            Publisher.publish(first, out);
        }
        Files.delete(out.resolve("manifest.json")); // as an update stopped half way leaves it
        try (StagingFolder second = StagingFolder.updating(out, problems)) {
            assertFalse(second.isUpdate(), "an output whose manifest is missing is not trusted");
        }
    }

    @Test
    void anUpdateThatIsNotPublishedLeavesTheOutputAsItWas() throws IOException {
        Path out = dir.resolve("public");
        try (StagingFolder first = StagingFolder.updating(out, problems)) {
            build(first, Map.of("/index.html", text(3000)));
            Publisher.publish(first, out);
        }
        Map<String, byte[]> published = TestSite.files(out);
        try (StagingFolder failed = StagingFolder.updating(out, problems)) {
            failed.write("/index.html", text(3500), PORTAL);
            failed.write("/new.html", text(3500), PORTAL);
        } // a build with errors is closed without being published
        Map<String, byte[]> now = TestSite.files(out);
        assertEquals(published.keySet(), now.keySet());
        published.forEach((path, bytes) -> assertArrayEquals(bytes, now.get(path), path));
        assertFalse(Files.exists(dir.resolve("public.staging-" + PID)));
    }

    @Test
    void copiesInAnOutputMadeWithOtherSettingsAreMadeAfresh() throws IOException {
        Path out = dir.resolve("public");
        byte[] page = text(4000);
        try (StagingFolder first = staging(out)) {
            first.write("/page.html", page, PORTAL);
            first.finish();
            Publisher.publish(first, out);
        }
        Path manifest = out.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(Precompressed.SETTINGS, "gzip level 1 (Java 8), no brotli"));
        try (StagingFolder second = staging(out)) {
            second.write("/page.html", page, PORTAL);
            assertFalse(Files.isSameFile(out.resolve("page.html.gz"), second.root().resolve("page.html.gz")));
            assertArrayEquals(Files.readAllBytes(out.resolve("page.html.gz")), Files.readAllBytes(second.root().resolve("page.html.gz")),
                    "made afresh, the same bytes");
        }
    }

    @Test
    void leftoversOfLiveBuildsAndFoldersThePortalDidNotMakeAreKept() throws IOException {
        Path out = dir.resolve("public");
        Path ours = dir.resolve("public.staging-" + PID); // this process is alive: its staging folder is in use
        Path unmarked = dir.resolve("public.staging-999999997");
        Path notAPid = dir.resolve("public.previous-backup");
        Path oldOutput = dir.resolve("public.previous-999999996");
        for (Path p : List.of(ours, unmarked, notAPid, oldOutput)) {
            org.engagementportal.testing.TestSite.writeBytes(p.resolve("index.html"), "kept".getBytes());
        }
        Files.createFile(ours.resolve(StagingFolder.MARKER));
        // an old output without the portal's 404 page and manifest is not recognised as one
        Path ended = dir.resolve("public.staging-999999995"); // marked, and no process has that id: deleted
        org.engagementportal.testing.TestSite.writeBytes(ended.resolve("a/index.html"), "half written".getBytes());
        Files.createFile(ended.resolve(StagingFolder.MARKER));
        Publisher.clearLeftovers(out);
        Publisher.clearLeftovers(dir.resolve("no-such-parent/public"));
        awaitBackgroundDeletion();
        assertFalse(Files.exists(ended));
        for (Path p : List.of(ours, unmarked, notAPid, oldOutput)) {
            assertTrue(Files.exists(p.resolve("index.html")), p + " is kept");
        }
    }

    @Test
    void anOldOutputWhoseDeletionWasCutShortIsDeletedByALaterBuild() throws IOException {
        // Its 404 page and manifest may be gone already: the marker, deleted last, says it is the portal's.
        Path out = dir.resolve("site-out");
        Path cutShort = dir.resolve("site-out.previous-999999993-1");
        org.engagementportal.testing.TestSite.writeBytes(cutShort.resolve("news/a/index.html"), "left".getBytes());
        Files.createFile(cutShort.resolve(StagingFolder.MARKER));
        Path older = dir.resolve("site-out.previous-999999992-1"); // moved aside by an earlier version: not marked
        org.engagementportal.testing.TestSite.writeBytes(older.resolve("404.html"), "old".getBytes());
        org.engagementportal.testing.TestSite.writeBytes(older.resolve("manifest.json"), "{}".getBytes());
        org.engagementportal.testing.TestSite.writeBytes(older.resolve("b/c/index.html"), "old".getBytes());
        Publisher.clearLeftovers(out);
        awaitBackgroundDeletion();
        assertFalse(Files.exists(cutShort));
        assertFalse(Files.exists(older));
    }

    @Test
    void aMarkedFolderIsDeletedWhole() throws IOException {
        Path folder = dir.resolve("marked");
        org.engagementportal.testing.TestSite.writeBytes(folder.resolve("a/b/c.html"), "x".getBytes());
        org.engagementportal.testing.TestSite.writeBytes(folder.resolve("d.html"), "x".getBytes());
        Files.createFile(folder.resolve(StagingFolder.MARKER));
        Folders.deleteMarkedLast(folder, StagingFolder.MARKER);
        assertFalse(Files.exists(folder));
        Folders.deleteMarkedLast(folder, StagingFolder.MARKER); // gone already: nothing to do
    }

    @Test
    void anOutputFolderThatWasALinkHasTheLinkDeletedAndNothingWhereItPointed() throws IOException {
        Path real = dir.resolve("real-site");
        org.engagementportal.testing.TestSite.writeBytes(real.resolve("404.html"), "mine".getBytes());
        org.engagementportal.testing.TestSite.writeBytes(real.resolve("manifest.json"), "{}".getBytes());
        Path link = Files.createSymbolicLink(dir.resolve("linked.previous-999999991-1"), real);
        Publisher.clearLeftovers(dir.resolve("linked"));
        awaitBackgroundDeletion();
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        try (var left = Files.list(real)) {
            assertEquals(List.of("404.html", "manifest.json"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no marker left in the folder it pointed to, and nothing of it deleted");
        }
    }

    /** Waits for the publisher's background deletions to end, so what they would delete is gone. */
    static void awaitBackgroundDeletion() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("portal-delete-old-output")) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
