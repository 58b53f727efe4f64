package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json as written, read back by the next build, and by another JSON parser. */
class ManifestJsonTest {
    private static final String SHA = "0123456789abcdef".repeat(4);

    @TempDir
    Path out;

    /**
     * A file's digest, kept as numbers, is written as the hexadecimal it was given or computed as: leading zeros, the
     * top bit of each part set, and from the bytes of a real SHA-256.
     */
    @Test
    void aDigestKeptAsNumbersIsWrittenAsItsHexadecimal() throws Exception {
        for (String hex : List.of(SHA, "0".repeat(64), "f".repeat(64), "80000000000000017fffffffffffffff00000000000000ff" + "0".repeat(15) + "1")) {
            assertEquals(hex, new Manifest.Entry(5, hex).sha256());
        }
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.UTF_8));
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2's example
        assertEquals(abc, Manifest.Entry.of(3, digest).sha256());
        assertEquals(new Manifest.Entry(3, abc), Manifest.Entry.of(3, digest));
        assertTrue(Manifest.Entry.of(3, digest).hasDigest(abc));
        assertTrue(!Manifest.Entry.of(3, digest).hasDigest(abc.substring(0, 63) + "c"), "the last digit differs");
        assertTrue(!Manifest.Entry.of(3, digest).hasDigest(abc.substring(1)), "too short to be one");
        Manifest m = new Manifest("none");
        m.add("/abc.txt", 3, digest);
        assertTrue(new String(m.json(), StandardCharsets.UTF_8).contains("\"sha256\": \"" + abc + "\""));
    }

    @Test
    void theManifestIsWrittenOneFileToALineSortedByPath() {
        Manifest m = new Manifest("gzip-9 brotli-11");
        m.add("/b.html", new Manifest.Entry(20, SHA));
        m.add("/a.html", new Manifest.Entry(10, SHA));
        assertEquals("{\n  \"compression\": \"gzip-9 brotli-11\",\n  \"files\": [\n"
                + "    {\"path\": \"/a.html\", \"size\": 10, \"sha256\": \"" + SHA + "\"},\n"
                + "    {\"path\": \"/b.html\", \"size\": 20, \"sha256\": \"" + SHA + "\"}\n  ]\n}\n",
                new String(m.json(), StandardCharsets.UTF_8));
        assertEquals("{\n  \"compression\": \"none\",\n  \"files\": []\n}\n", new String(new Manifest("none").json(), StandardCharsets.UTF_8));
    }

    @Test
    void writtenStraightToItsFileItIsTheSameBytes() throws IOException {
        Manifest m = new Manifest("gzip-9 brotli-11");
        for (String path : List.of("/b.html", "/a \"quoted\" name.html", "/back\\slash.txt", "/cymraeg/gwasanaeth-\u0175.html",
                "/\u0627\u0644\u0635\u062d\u0629.html", "/index.html")) {
            m.add(path, new Manifest.Entry(path.length(), SHA));
        }
        Path file = out.resolve("manifest.json");
        m.write(file);
        assertEquals(new String(m.json(), StandardCharsets.UTF_8), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(m.json(), Files.readAllBytes(file)), "byte for byte");
        new Manifest("none").write(file);
        assertEquals("{\n  \"compression\": \"none\",\n  \"files\": []\n}\n", Files.readString(file, StandardCharsets.UTF_8),
                "an empty one replaces what was there");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatIsWrittenIsReadBackByTheNextBuildAndByAnotherParser() throws IOException {
        Manifest m = new Manifest("gzip-9");
        // Names a hand-written reader of the file could trip over: quotes, a backslash, other alphabets.
        List<String> paths = List.of("/a \"quoted\" name.html", "/back\\slash.txt", "/cymraeg/gwasanaeth-\u0175.html", "/index.html");
        for (int i = 0; i < paths.size(); i++) {
            m.add(paths.get(i), new Manifest.Entry(1000L * i + 7, SHA));
        }
        Files.write(out.resolve("manifest.json"), m.json());

        Map<String, Manifest.Entry> read = Manifest.previous(out, "gzip-9");
        assertEquals(paths.size(), read.size(), read.toString());
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(new Manifest.Entry(1000L * i + 7, SHA), read.get(paths.get(i)));
        }

        Map<String, Object> other = new org.openqa.selenium.json.Json().toType(Files.readString(out.resolve("manifest.json")),
                org.openqa.selenium.json.Json.MAP_TYPE);
        List<Map<String, Object>> files = (List<Map<String, Object>>) other.get("files");
        assertEquals(paths, files.stream().map(f -> (String) f.get("path")).toList());
    }

    @Test
    void otherSettingsADamagedFileOrEntriesOfAnotherShapeAreNotTrusted() throws IOException {
        Manifest m = new Manifest("gzip-9");
        m.add("/a.html", new Manifest.Entry(10, SHA));
        Files.write(out.resolve("manifest.json"), m.json());
        assertTrue(Manifest.previous(out, "gzip-9 brotli-11").isEmpty(), "made with other compression settings");

        Files.writeString(out.resolve("manifest.json"), "{\n  \"compression\": \"gzip-9\",\n  \"files\": [\n"
                + "    {\"path\": \"/a.html\", \"size\": 10, \"sha256\": \"" + SHA + "\"},\n");
        assertTrue(Manifest.previous(out, "gzip-9").isEmpty(), "cut short");

        Files.writeString(out.resolve("manifest.json"), "{\"compression\": \"gzip-9\", \"files\": ["
                + "{\"path\": \"/a.html\", \"size\": 10, \"sha256\": \"" + SHA + "\"},"
                + "{\"path\": \"/b.html\", \"size\": -1, \"sha256\": \"" + SHA + "\"},"
                + "{\"path\": \"/c.html\", \"size\": 1.5, \"sha256\": \"" + SHA + "\"},"
                + "{\"path\": \"/d.html\", \"size\": 10, \"sha256\": \"" + SHA.toUpperCase() + "\"},"
                + "{\"path\": 5, \"size\": 10, \"sha256\": \"" + SHA + "\"}]}");
        assertEquals(Map.of("/a.html", new Manifest.Entry(10, SHA)), Manifest.previous(out, "gzip-9"));
    }
}
