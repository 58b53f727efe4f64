package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.brotli.dec.BrotliInputStream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * What a publisher uploads: .gz and .br copies beside the text files, decompressing to the file's own
 * bytes (checked with the JDK's gzip reader and Google's Brotli decoder, not the encoder's library), and a
 * manifest whose sizes and SHA-256 hashes match every file; all byte-identical from build to build,
 * whether the copies were made afresh or taken from the previous output.
 */
class PublishedOutputTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    static Path dir;
    static Path site;
    static Path out;

    @BeforeAll
    static void build() {
        site = TestSite.copy("small", dir.resolve("site"));
        TestSite.writeBytes(site.resolve("content/data/figures.csv"), "year,people\n".concat("2026,12\n".repeat(400)).getBytes());
        out = dir.resolve("out");
        run(out);
    }

    static void run(Path target) {
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", target.toString(), "--now", NOW, "-q");
        assertEquals(0, run.exit(), run.all());
    }

    static byte[] decompress(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyTextFileOverOneKilobyteHasGzipAndBrotliCopiesOfItsOwnBytes() throws IOException {
        Map<String, byte[]> all = TestSite.files(out);
        int checked = 0;
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            String path = e.getKey();
            boolean text = path.matches(".*\\.(html|css|js|xml|json|ics|svg|csv)$") && !path.equals("/manifest.json");
            if (!text || e.getValue().length <= 1024) {
                assertFalse(all.containsKey(path + ".gz") && !text, path);
                continue;
            }
            byte[] gz = all.get(path + ".gz");
            byte[] br = all.get(path + ".br");
            assertTrue(gz != null && br != null, "copies of " + path);
            assertArrayEquals(e.getValue(), decompress(new GZIPInputStream(new ByteArrayInputStream(gz))), path + ".gz");
            assertArrayEquals(e.getValue(), decompress(new BrotliInputStream(new ByteArrayInputStream(br))), path + ".br");
            assertTrue(gz.length < e.getValue().length && br.length < e.getValue().length);
            checked++;
        }
        assertTrue(checked > 20, "pages, feeds, the stylesheet: " + checked);
        assertTrue(all.containsKey("/data/figures.csv.gz"), "a text file copied from content is compressed too");
        assertFalse(all.containsKey("/robots.txt.gz"), "under 1 KB");
        assertFalse(all.containsKey("/_redirects.gz"), "read by the CDN, not served");
    }

    @Test
    void theGzipHeaderCarriesNoTimeOrName() {
        byte[] gz = TestSite.files(out).get("/index.html.gz");
        assertEquals(0x1f, gz[0] & 0xff);
        assertEquals(0, gz[3], "no flags: no file name or comment");
        assertArrayEquals(new byte[4], java.util.Arrays.copyOfRange(gz, 4, 8), "no time stamp");
    }

    @Test
    void theManifestListsEveryOtherFileWithItsSizeAndHash() throws Exception {
        Map<String, byte[]> all = TestSite.files(out);
        Map<String, Object> manifest = new Json().toType(new String(all.get("/manifest.json"), java.nio.charset.StandardCharsets.UTF_8),
                Json.MAP_TYPE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) manifest.get("files");
        assertEquals(all.size() - 1, listed.size(), "every file but the manifest itself");
        String previous = "";
        for (Map<String, Object> f : listed) {
            String path = (String) f.get("path");
            assertTrue(path.compareTo(previous) > 0, "sorted by path");
            previous = path;
            byte[] bytes = all.get(path);
            assertEquals(((Number) f.get("size")).longValue(), bytes.length, path);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.get("sha256"), path);
        }
        assertTrue(((String) manifest.get("compression")).startsWith("gzip level 6"), manifest.toString());
    }

    @Test
    void twoColdBuildsAndABuildOverThePreviousOutputAreByteIdentical() {
        Path second = dir.resolve("second");
        run(second);
        assertSameFiles(TestSite.files(out), TestSite.files(second));
        // Build again into the same folder: unchanged files' copies come from the previous output.
        run(second);
        assertSameFiles(TestSite.files(out), TestSite.files(second));
    }

    private static void assertSameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void copiesInThePreviousOutputThatNoLongerMatchTheirManifestAreMadeAfresh() throws IOException {
        Path target = dir.resolve("tampered");
        run(target);
        Files.write(target.resolve("index.html.gz"), new byte[] {1, 2, 3});
        Files.write(target.resolve("about/index.html.br"), new byte[] {4, 5, 6});
        run(target);
        assertSameFiles(TestSite.files(out), TestSite.files(target));
    }

    @Test
    void aWholeNewBuildDeletesTheOutputItReplacedBeforeItEnds() throws IOException {
        Path target = dir.resolve("replaced");
        run(target);
        Portal.Run again = Portal.run("build", "--source", site.toString(), "--out", target.toString(), "--now", NOW, "-q", "--no-cache");
        assertEquals(0, again.exit(), again.all());
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith("replaced.")).toList(),
                    "no old copy of the site left beside it");
        }
        assertTrue(Files.isRegularFile(target.resolve("404.html")));
    }

    @Test
    void whatEarlierBuildsLeftBesideTheOutputIsCleanedUpByTheNextBuild() throws Exception {
        Path target = dir.resolve("cleanup");
        run(target);
        Path oldOutput = dir.resolve("cleanup.previous-999999999");
        Path oldStaging = dir.resolve("cleanup.staging-999999998");
        Path backup = dir.resolve("cleanup.previous-2024");
        Path notes = dir.resolve("cleanup.previous-notes");
        TestSite.copyTree(target, oldOutput);
        TestSite.writeBytes(oldStaging.resolve(StagingFolder.MARKER), new byte[0]);
        TestSite.writeBytes(oldStaging.resolve("a/index.html"), "half written".getBytes());
        for (Path p : List.of(backup, notes)) {
            TestSite.writeBytes(p.resolve("a/b/index.html"), "someone's own".getBytes());
        }
        run(target);
        for (int i = 0; i < 100 && (Files.exists(oldOutput) || Files.exists(oldStaging)); i++) {
            Thread.sleep(50); // deleted in the background while the build works
        }
        assertFalse(Files.exists(oldOutput));
        assertFalse(Files.exists(oldStaging));
        assertTrue(Files.exists(backup) && Files.exists(notes), "folders the portal did not make are left alone");
        assertFalse(Files.exists(target.resolve(StagingFolder.MARKER)), "the marker is not published");
    }

    @Test
    void copiesTakenFromThePreviousOutputAreAsNewAsTheirFile() throws IOException {
        Path target = dir.resolve("times");
        run(target);
        run(target);
        List<Path> copies;
        try (var walk = Files.walk(target)) {
            copies = walk.filter(p -> p.toString().endsWith(".gz") || p.toString().endsWith(".br")).toList();
        }
        assertTrue(copies.size() > 2, "the example has compressed copies");
        for (Path copy : copies) {
            String name = copy.getFileName().toString();
            Path original = copy.resolveSibling(name.substring(0, name.length() - 3));
            assertTrue(Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(original)) >= 0,
                    copy + " is as new as its file, so servers send it");
        }
    }
}
