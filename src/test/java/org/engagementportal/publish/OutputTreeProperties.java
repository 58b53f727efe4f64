package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an update reads of the output folder when it begins ({@link OutputTree}) stands for the folder in everything it
 * is asked: whatever the site before and after and whatever was done to the folder by hand in between, the update
 * leaves what a whole new folder would hold, and the digest it works out of what it read and changed is the digest a
 * fresh walk of the folder gives, so the next build knows the folder as it is. And the digest changes with anything
 * done to the folder.
 */
class OutputTreeProperties {
    private static final List<String> PATHS = List.of("/index.html", "/a/index.html", "/a/b/index.html", "/a/b/c.html",
            "/b/index.html", "/b", "/c/d/index.html", "/c", "/e.txt", "/a/x.css", "/f/g/h/index.html", "/caf\u00e9/index.html");
    private static final List<String> BY_HAND = List.of("/hand.txt", "/a/hand.txt", "/new/deep/hand.txt", "/a/b/c.html.gz");

    /** Files at some of the paths, none at the address of another's folder, each of a size (some too small to compress). */
    @Provide
    Arbitrary<Map<String, Integer>> sites() {
        return Arbitraries.maps(Arbitraries.of(PATHS), Arbitraries.integers().between(20, 3000)).ofMinSize(1).ofMaxSize(8)
                .filter(OutputTreeProperties::noClash).map(TreeMap::new);
    }

    private static boolean noClash(Map<String, Integer> site) {
        return site.keySet().stream().noneMatch(p -> site.keySet().stream().anyMatch(q -> q.startsWith(p + "/")));
    }

    /** What is done to the output by hand between the builds: each a number saying what, and to which file. */
    @Provide
    Arbitrary<List<Integer>> handiwork() {
        return Arbitraries.integers().between(0, 999).list().ofMaxSize(4);
    }

    /**
     * With the folder read into a tree, or (a folder too large for one) each file asked about on the disk: the same
     * folder either way.
     */
    @Property(tries = 80)
    void anUpdateLeavesWhatANewFolderWouldAndTheDigestAWalkGives(@ForAll("sites") Map<String, Integer> before,
                                                                @ForAll("handiwork") List<Integer> byHand,
                                                                @ForAll("sites") Map<String, Integer> after,
                                                                @ForAll boolean tree) throws IOException {
        Path dir = Files.createTempDirectory("output-tree");
        try {
            Path out = dir.resolve("public");
            Problems problems = new Problems();
            try (StagingFolder first = StagingFolder.updating(out, problems)) {
                build(first, before, 0);
                Publisher.publish(first, out);
            }
            for (int work : byHand) {
                change(out, work);
            }
            Optional<String> published;
            try (StagingFolder update = StagingFolder.updatingAhead(out, tree).apply(problems)) {
                assertEquals(tree, update.tree() != null, () -> "the folder read whole when it may be: read "
                        + OutputTree.read(out).isPresent() + ", manifest " + Manifest.previous(out, Precompressed.SETTINGS).size()
                        + ", " + TestSite.files(out).keySet());
                build(update, after, 1);
                Publisher.publish(update, out);
                published = update.publishedDigest();
            }
            Path cold = dir.resolve("cold");
            try (StagingFolder whole = StagingFolder.beside(cold, problems)) {
                build(whole, after, 1);
                Publisher.publish(whole, cold);
            }
            Map<String, byte[]> expected = TestSite.files(cold);
            Map<String, byte[]> updated = TestSite.files(out);
            assertEquals(expected.keySet(), updated.keySet());
            expected.forEach((path, bytes) -> assertArrayEquals(bytes, updated.get(path), path));
            assertEquals(folders(cold), folders(out), "folders left empty, or made by hand, are removed");
            if (tree) {
                assertTrue(published.isPresent(), "an output read whole at the start of the update");
                assertEquals(OutputTree.digestOf(out), published, "the digest worked out is the one a walk gives");
            } else {
                assertEquals(Optional.empty(), published, "nothing worked out: the next build walks the folder");
            }
            assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
        } finally {
            Publisher.finishDeleting(); // old outputs moved aside, deleted in the background
            Folders.delete(dir);
        }
    }

    /**
     * A file put by hand, replaced by a link to the manifest, then put there again by hand: the last is written
     * beside the link, never through it into the manifest (CI found the case: the update then rightly ignored a folder
     * whose manifest was rewritten, which the property did not expect).
     */
    @Test
    void aFilePutByHandWhereALinkIsDoesNotWriteThroughIt() throws IOException {
        anUpdateLeavesWhatANewFolderWouldAndTheDigestAWalkGives(Map.of("/index.html", 100), List.of(2, 4, 22),
                Map.of("/index.html", 100), true);
    }

    private static List<String> folders(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(d -> root.relativize(d).toString()).sorted().toList();
        }
    }

    /** The pages of a site, each of its size; {@code version} changes what each holds, not its size. */
    private static void build(StagingFolder staging, Map<String, Integer> site, int version) {
        site.forEach((path, size) -> staging.write(path, text(size, version), StagingFolderTest.PORTAL));
        staging.finish();
    }

    private static byte[] text(int size, int version) {
        byte[] b = StagingFolderTest.text(size);
        if (version == 1 && size > 40) {
            b[size / 2] = 'V'; // the same size, other bytes: the page changed
        }
        return b;
    }

    /** One thing done by hand: a file rewritten at another size, deleted, or put there; an empty folder made; a link. */
    private static void change(Path out, int work) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(out)) {
            // Not the manifest (a folder without one is not updated at all), nor through a link made earlier.
            files = walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.equals(out.resolve("manifest.json"))).sorted().toList();
        }
        if (files.isEmpty()) {
            return;
        }
        Path some = files.get(work % files.size());
        switch (work % 5) {
            case 0 -> Files.write(some, StagingFolderTest.text((int) Files.size(some) + 7));
            case 1 -> Files.delete(some);
            case 4 -> { // a link where a file was
                Files.delete(some);
                Files.createSymbolicLink(some, out.resolve("manifest.json"));
            }
            case 2 -> {
                Path put = out.resolve(BY_HAND.get(work / 5 % BY_HAND.size()).substring(1));
                if (!Files.isRegularFile(put.getParent())) {
                    Files.createDirectories(put.getParent());
                    if (Files.isSymbolicLink(put)) {
                        Files.delete(put); // a link made earlier (to the manifest): the file replaces it, not written through
                    }
                    Files.writeString(put, "put there by hand");
                }
            }
            default -> Files.createDirectories(out.resolve("empty-" + work));
        }
    }

    @TempDir
    Path temp;

    private Path published(Map<String, Integer> site) {
        Path out = temp.resolve("public");
        try (StagingFolder first = StagingFolder.updating(out, new Problems())) {
            build(first, site, 0);
            Publisher.publish(first, out);
        }
        return out;
    }

    /**
     * A file put in the folder after it was read, while the build ran, is not in the digest worked out; the next
     * build's walk finds it, so the next build does its work (and deletes it) rather than trust the folder.
     */
    @Test
    void aFolderChangedAfterItWasReadIsNotTakenForUnchanged() throws IOException {
        Path out = published(Map.of("/a/index.html", 2000, "/b/index.html", 2000));
        try (StagingFolder update = StagingFolder.updating(out, new Problems())) {
            Files.writeString(out.resolve("a/late.txt"), "put there while the build ran");
            build(update, Map.of("/a/index.html", 2000, "/b/index.html", 2000), 1);
            Publisher.publish(update, out);
            assertTrue(update.publishedDigest().isPresent());
            assertNotEquals(OutputTree.digestOf(out), update.publishedDigest());
        }
    }

    /**
     * A name that is not UTF-8 (put there by hand) cannot be written as text and back to its file: the folder is not
     * read into a tree, and the update asks the disk, deleting the file as before.
     */
    @Test
    void aNameThatIsNotTextIsNotReadIntoATree() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/', "a name of raw bytes, on Linux");
        Path out = published(Map.of("/a/index.html", 2000));
        Process p = new ProcessBuilder("bash", "-c", "touch \"$1\"/a/$'caf\\xe9.txt'", "bash", out.toString()).start();
        assertEquals(0, p.waitFor());
        assertEquals(Optional.empty(), OutputTree.read(out));
        Problems problems = new Problems();
        try (StagingFolder update = StagingFolder.updating(out, problems)) {
            assertEquals(null, update.tree());
            build(update, Map.of("/a/index.html", 2000), 1);
            Publisher.publish(update, out);
        }
        try (var files = Files.list(out.resolve("a"))) {
            assertEquals(List.of("index.html", "index.html.br", "index.html.gz"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "the file put there is deleted");
        }
    }

    @Test
    void aFolderOfMoreEntriesThanAllowedIsNotReadIntoATree() throws IOException {
        Path out = published(Map.of("/a/index.html", 2000, "/b/index.html", 2000, "/c.txt", 100));
        assertTrue(OutputTree.read(out, 100).isPresent());
        assertEquals(Optional.empty(), OutputTree.read(out, 5), "11 files and folders");
    }

    @Test
    void theDigestChangesWithAnythingDoneToTheFolderAndNotWithoutIt() throws IOException {
        Path out = temp.resolve("public");
        Files.createDirectories(out.resolve("a/b"));
        Files.writeString(out.resolve("index.html"), "home");
        Files.writeString(out.resolve("a/b/index.html"), "page");
        String first = OutputTree.digestOf(out).orElseThrow();
        assertEquals(first, OutputTree.digestOf(out).orElseThrow(), "nothing changed");
        assertEquals(Optional.of(first), OutputTree.read(out).flatMap(OutputTree::digest), "read whole, the same digest");

        Path page = out.resolve("a/b/index.html");
        Files.writeString(page, "PAGE"); // the same size
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 5000));
        String rewritten = OutputTree.digestOf(out).orElseThrow();
        assertNotEquals(first, rewritten, "a file rewritten at the same size");
        Files.createDirectories(out.resolve("a/empty"));
        String folder = OutputTree.digestOf(out).orElseThrow();
        assertNotEquals(rewritten, folder, "an empty folder made");
        Files.writeString(out.resolve("a/new.txt"), "new");
        String added = OutputTree.digestOf(out).orElseThrow();
        assertNotEquals(folder, added, "a file added");
        Files.delete(out.resolve("index.html"));
        assertNotEquals(added, OutputTree.digestOf(out).orElseThrow(), "a file deleted");

        Files.createSymbolicLink(out.resolve("a/link"), out.resolve("a/new.txt"));
        assertEquals(Optional.empty(), OutputTree.digestOf(out), "a link, whose target could change unseen");
        assertEquals(Optional.empty(), OutputTree.read(out).flatMap(OutputTree::digest));
    }

    /**
     * The digest of a walk, worked out folder by folder as it goes, takes the entries in the order the tree read whole
     * takes them, its paths sorted as text: names that sort differently as names and as paths ("a-b/" before "a/", as
     * '-' is before '/'; "a.b" and "a0" either side of the folder "a"), a name with an accent, and one with a character
     * outside the basic plane, which sorts as its two UTF-16 halves, before U+FF21.
     */
    @Test
    void aWalkHashesTheEntriesInTheOrderOfThePathsAsTheTreeDoes() throws IOException {
        Path out = temp.resolve("ordered");
        for (String p : List.of("a/index.html", "a/b/index.html", "a/b-c.html", "a-b/index.html", "a.b", "a0/x.html", "ab",
                "caf\u00e9/index.html", "cafe/index.html", "\uD83D\uDE00.html", "\uFF21.html", "z/\uD83D\uDE00/index.html",
                "z/\uFF21/index.html", "z/y")) {
            Path file = out.resolve(p);
            Files.createDirectories(file.getParent());
            Files.writeString(file, p);
        }
        Files.createDirectories(out.resolve("a/empty"));
        Optional<String> walked = OutputTree.digestOf(out);
        assertTrue(walked.isPresent());
        assertEquals(OutputTree.read(out).flatMap(OutputTree::digest), walked);

        Files.move(out.resolve("a0"), out.resolve("a00")); // a folder renamed: the same entries but for its path
        assertNotEquals(walked, OutputTree.digestOf(out));
        assertEquals(OutputTree.read(out).flatMap(OutputTree::digest), OutputTree.digestOf(out));
    }
}
