package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * manifest.json: valid JSON that a publisher's script can read (checked with a JSON parser, not the
 * portal's own reader), sorted by path; and the portal's reader takes back exactly what it wrote, and
 * nothing from a manifest made with other compression settings or edited by hand.
 */
class ManifestTest {
    static final String SETTINGS = "gzip level 6 (Java 17), brotli quality 5 (brotli4j 1.20.0)";

    @TempDir
    Path out;

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> parse(byte[] json) {
        return new Json().toType(new String(json, StandardCharsets.UTF_8), Json.MAP_TYPE);
    }

    private void save(byte[] json) throws IOException {
        Files.write(out.resolve("manifest.json"), json);
    }

    @Test
    void theHashIsTheSha256OfTheBytes() throws Exception {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Manifest.sha256(new byte[0]),
                "the well-known hash of nothing");
        assertEquals(sha256("<h1>Home</h1>"), Manifest.sha256("<h1>Home</h1>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listsEveryFileSortedByPathWithItsSizeAndHash() throws Exception {
        Manifest manifest = new Manifest(SETTINGS);
        manifest.add("/z/index.html", new Manifest.Entry(3, sha256("zzz")));
        manifest.add("/about/index.html", new Manifest.Entry(5, sha256("about")));
        manifest.add("/index.html", 4, MessageDigest.getInstance("SHA-256").digest("home".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> json = parse(manifest.json());
        assertEquals(SETTINGS, json.get("compression"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertEquals(List.of("/about/index.html", "/index.html", "/z/index.html"), files.stream().map(f -> f.get("path")).toList());
        assertEquals(List.of(5L, 4L, 3L), files.stream().map(f -> ((Number) f.get("size")).longValue()).toList());
        assertEquals(sha256("home"), files.get(1).get("sha256"));
        assertEquals(3, manifest.size());
    }

    @Test
    void aFileAddedTwiceIsListedOnceWithItsLastEntry() throws Exception {
        Manifest manifest = new Manifest(SETTINGS);
        manifest.add("/a.css", new Manifest.Entry(1, sha256("a")));
        manifest.add("/a.css", new Manifest.Entry(2, sha256("bb")));
        assertEquals(1, manifest.size());
        save(manifest.json());
        assertEquals(Map.of("/a.css", new Manifest.Entry(2, sha256("bb"))), Manifest.previous(out, SETTINGS));
    }

    @Test
    void anEmptyManifestIsValidJson() {
        Map<String, Object> json = parse(new Manifest(SETTINGS).json());
        assertEquals(List.of(), json.get("files"));
    }

    @Test
    void theNextBuildReadsBackWhatWasWritten() throws Exception {
        Manifest manifest = new Manifest(SETTINGS);
        Map<String, Manifest.Entry> entries = Map.of("/index.html", new Manifest.Entry(1234, sha256("a")),
                "/caf\u00e9/menu.pdf", new Manifest.Entry(99_000_000_000L, sha256("b")),
                "/a b/c.html.gz", new Manifest.Entry(0, sha256("")));
        entries.forEach(manifest::add);
        save(manifest.json());
        assertEquals(entries, Manifest.previous(out, SETTINGS));
    }

    @Test
    void aPathThatNeedsEscapingIsValidJsonAndReadBackExactly() throws Exception {
        Manifest manifest = new Manifest(SETTINGS);
        manifest.add("/say \"hello\".txt", new Manifest.Entry(1, sha256("q")));
        manifest.add("/back\\slash.txt", new Manifest.Entry(2, sha256("b")));
        manifest.add("/plain.txt", new Manifest.Entry(3, sha256("p")));
        Map<String, Object> json = parse(manifest.json());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertEquals(List.of("/back\\slash.txt", "/plain.txt", "/say \"hello\".txt"), files.stream().map(f -> f.get("path")).toList());
        save(manifest.json());
        assertEquals(Map.of("/plain.txt", new Manifest.Entry(3, sha256("p")), "/say \"hello\".txt", new Manifest.Entry(1, sha256("q")),
                "/back\\slash.txt", new Manifest.Entry(2, sha256("b"))), Manifest.previous(out, SETTINGS),
                "read through a JSON parser, every path comes back as written, so its copies are reused");
    }

    @Test
    void aManifestMadeWithOtherCompressionSettingsGivesNothing() throws Exception {
        Manifest manifest = new Manifest("gzip level 9 (Java 21), no brotli");
        manifest.add("/index.html", new Manifest.Entry(1, sha256("a")));
        save(manifest.json());
        assertEquals(Map.of(), Manifest.previous(out, SETTINGS));
        assertEquals(1, Manifest.previous(out, "gzip level 9 (Java 21), no brotli").size());
    }

    @Test
    void noManifestOrAnotherFileInItsPlaceGivesNothing() throws IOException {
        assertEquals(Map.of(), Manifest.previous(out, SETTINGS), "no manifest");
        assertEquals(Map.of(), Manifest.previous(out.resolve("no-such-folder"), SETTINGS));
        Files.createDirectory(out.resolve("manifest.json"));
        assertEquals(Map.of(), Manifest.previous(out, SETTINGS), "a folder of that name");
    }

    @Test
    void aManifestEditedByHandGivesOnlyItsValidEntries() throws Exception {
        String good = "    {\"path\": \"/a.html\", \"size\": 10, \"sha256\": \"" + sha256("a") + "\"}";
        String json = "{\n  \"compression\": \"" + SETTINGS + "\",\n  \"files\": [\n"
                + good + ",\n"
                + "    {\"path\": \"/b.html\", \"size\": -1, \"sha256\": \"" + sha256("b") + "\"},\n"
                + "    {\"path\": \"/c.html\", \"size\": 1, \"sha256\": \"" + sha256("c").toUpperCase() + "\"},\n"
                + "    {\"path\": \"/d.html\", \"size\": 1, \"sha256\": \"abc\"},\n"
                + "    {\"path\": \"/e.html\", \"size\": 99999999999999999999, \"sha256\": \"" + sha256("e") + "\"},\n"
                + "  {\"path\": \"/f.html\", \"size\": 1, \"sha256\": \"" + sha256("f") + "\"}\n  ]\n}\n";
        save(json.getBytes(StandardCharsets.UTF_8));
        // A negative or too large size and a hash that is not 64 lower-case hex digits are refused; layout is not.
        assertEquals(Map.of("/a.html", new Manifest.Entry(10, sha256("a")), "/f.html", new Manifest.Entry(1, sha256("f"))),
                Manifest.previous(out, SETTINGS));
    }

    @Test
    void aManifestWithoutItsSettingsLineGivesNothing() throws Exception {
        save(("{\n  \"files\": [\n    {\"path\": \"/a.html\", \"size\": 10, \"sha256\": \"" + sha256("a") + "\"}\n  ]\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(), Manifest.previous(out, SETTINGS));
        save(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(Manifest.previous(out, SETTINGS).isEmpty(), "bytes that are no text");
    }
}
