package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The manifest is written a line at a time by hand, and read back line by line when it is laid out as written:
 * the file must be the JSON writer's byte for byte, whatever the paths; and any manifest, as written or changed
 * by hand anywhere, must give what reading it as JSON gives.
 */
class ManifestWritingProperties {

    @Property(tries = 300)
    void theFileWrittenIsTheJsonWritersAndReadsBackExactly(@ForAll("entries") Map<String, Manifest.Entry> entries,
                                                          @ForAll("settings") String settings) throws Exception {
        Manifest manifest = new Manifest(settings);
        entries.forEach(manifest::add);
        Path dir = Files.createTempDirectory("manifest");
        try {
            Path file = dir.resolve("manifest.json");
            manifest.write(file);
            assertArrayEquals(manifest.json(), Files.readAllBytes(file));
            assertEquals(entries, Manifest.previous(dir, settings));
            assertEquals(Map.of(), Manifest.previous(dir, settings + " and more"));
        } finally {
            Files.deleteIfExists(dir.resolve("manifest.json"));
            Files.delete(dir);
        }
    }

    @org.junit.jupiter.api.Test
    void aManifestOfManyBlocksIsTheJsonWritersAndReadsBack() throws Exception {
        Manifest manifest = new Manifest(ManifestTest.SETTINGS);
        java.util.Random random = new java.util.Random(7);
        Map<String, Manifest.Entry> entries = new java.util.HashMap<>();
        for (int i = 0; i < 9000; i++) {
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            entries.put("/p" + Integer.toString(random.nextInt(1 << 30), 36) + (i % 7 == 0 ? "/caf\u00e9 \"" + i + "\".html" : "/index.html"),
                    new Manifest.Entry(random.nextInt(1 << 20), HexFormat.of().formatHex(hash)));
        }
        entries.forEach(manifest::add);
        Path dir = Files.createTempDirectory("manifest");
        try {
            manifest.write(dir.resolve("manifest.json"));
            assertArrayEquals(manifest.json(), Files.readAllBytes(dir.resolve("manifest.json")), "over four blocks of lines");
            assertEquals(entries, Manifest.previous(dir, ManifestTest.SETTINGS));
        } finally {
            Files.deleteIfExists(dir.resolve("manifest.json"));
            Files.delete(dir);
        }
    }

    @Property(tries = 2000)
    void aManifestChangedByHandGivesWhatReadingItAsJsonGives(@ForAll("entries") Map<String, Manifest.Entry> entries,
                                                            @ForAll("edits") List<int[]> edits) {
        Manifest manifest = new Manifest(ManifestTest.SETTINGS);
        entries.forEach(manifest::add);
        StringBuilder text = new StringBuilder(new String(manifest.json(), StandardCharsets.UTF_8));
        String alphabet = "\"\\{}[],: \n0123456789abcdefABCDEF-/x.e\u00e9";
        for (int[] e : edits) {
            if (text.length() == 0) {
                break;
            }
            int at = e[1] % text.length();
            char c = alphabet.charAt(e[2] % alphabet.length());
            switch (e[0] % 4) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, c);
                case 2 -> text.setCharAt(at, c);
                default -> text.setLength(at);
            }
        }
        Map<String, Manifest.Entry> quick = new HashMap<>();
        String changed = text.toString();
        Map<String, Manifest.Entry> read = Manifest.quickly(changed, ManifestTest.SETTINGS, quick) ? quick
                : Manifest.parsed(changed, ManifestTest.SETTINGS);
        assertEquals(Manifest.parsed(changed, ManifestTest.SETTINGS), read, changed);
    }

    @Provide
    Arbitrary<Map<String, Manifest.Entry>> entries() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars('/', '.', '-', ' ', '_')
                .ofMinLength(1).ofMaxLength(20).map(s -> "/" + s);
        Arbitrary<String> odd = Arbitraries.strings().withCharRange('\u0000', '\u00ff')
                .withChars('"', '\\', '\u2019', '\u0928', '\u2028', '<', '&')
                .ofMinLength(1).ofMaxLength(12).map(s -> "/" + s + (s.length() % 3 == 0 ? "\uD83D\uDE00" : ""));
        Arbitrary<Manifest.Entry> entry = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, Long.MAX_VALUE)),
                Arbitraries.bytes().array(byte[].class).ofSize(32).map(b -> HexFormat.of().formatHex(b)))
                .as(Manifest.Entry::new);
        return Arbitraries.maps(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(1, odd)), entry)
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> settings() {
        return Arbitraries.of(ManifestTest.SETTINGS, "gzip level 6, \"quoted\" brotli", "caf\u00e9 \\ settings");
    }

    @Provide
    Arbitrary<List<int[]>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 1000)).as((k, at, c) -> new int[] {k, at, c}).list().ofMaxSize(3);
    }
}
