package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.brotli.dec.BrotliInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gzip and Brotli copies, checked with decoders other than the encoders (the JDK's gzip reader,
 * Google's Brotli decoder): they decompress to the file, carry nothing that changes from build to build,
 * and are not made when they would not be smaller.
 */
class PrecompressedTest {
    static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"en-GB\"><head><title>Dental access</title></head><body>"
            + "<p>We want to hear from you about dental services in Testshire.</p>".repeat(60) + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    static byte[] unbrotli(byte[] br) throws IOException {
        try (BrotliInputStream in = new BrotliInputStream(new ByteArrayInputStream(br))) {
            return in.readAllBytes();
        }
    }

    private static int intLE(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    @Test
    void gzipDecompressesToTheFileAndIsSmaller() throws IOException {
        byte[] gz = Precompressed.gzip(PAGE).orElseThrow();
        assertArrayEquals(PAGE, gunzip(gz));
        assertTrue(gz.length < PAGE.length / 4, "a page of repeated paragraphs compresses well: " + gz.length);
    }

    @Test
    void theGzipHeaderHasNoTimeNameOrOperatingSystemAndTheTrailerChecksTheFile() {
        byte[] gz = Precompressed.gzip(PAGE).orElseThrow();
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, java.util.Arrays.copyOf(gz, 10));
        CRC32 crc = new CRC32();
        crc.update(PAGE);
        assertEquals((int) crc.getValue(), intLE(gz, gz.length - 8), "CRC-32 of the file");
        assertEquals(PAGE.length, intLE(gz, gz.length - 4), "the file's length");
    }

    @Test
    void theSameBytesInGiveTheSameBytesOutWhateverWasCompressedBetween() {
        byte[] first = Precompressed.gzip(PAGE).orElseThrow();
        Precompressed.gzip(".x{color:red}".repeat(500).getBytes(StandardCharsets.UTF_8));
        Precompressed.gzip(random(4096, 1)); // not finished: the deflater must still be reset for the next file
        assertArrayEquals(first, Precompressed.gzip(PAGE).orElseThrow());
    }

    @Test
    void manyThreadsCompressingAtOnceEachGetTheirOwnFilesCopy() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            inputs.add(("<p>Page " + i + "</p>").repeat(100 + i).getBytes(StandardCharsets.UTF_8));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<byte[]>>> results = new ArrayList<>();
            for (byte[] input : inputs) {
                results.add(pool.submit(() -> Precompressed.gzip(input)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertArrayEquals(inputs.get(i), gunzip(results.get(i).get().orElseThrow()), "file " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noGzipCopyWhenItWouldNotBeSmaller() {
        assertEquals(Optional.empty(), Precompressed.gzip(random(5000, 7)), "random bytes do not compress");
        assertEquals(Optional.empty(), Precompressed.gzip("<p>Hello, Testshire</p>".getBytes(StandardCharsets.UTF_8)),
                "18 bytes of header and trailer outweigh what a short file saves");
    }

    @Test
    void aCopyThatIsOnlyJustSmallerIsKept() throws IOException {
        byte[] mostlyRandom = new byte[4000];
        System.arraycopy(random(3700, 3), 0, mostlyRandom, 0, 3700); // then 300 zero bytes
        byte[] gz = Precompressed.gzip(mostlyRandom).orElseThrow();
        assertTrue(gz.length < mostlyRandom.length);
        assertArrayEquals(mostlyRandom, gunzip(gz));
    }

    @Test
    void brotliDecompressesToTheFileAndIsSmallerThanGzip() throws IOException {
        assumeTrue(Precompressed.brotliAvailable(), "brotli4j has no native library for this platform");
        byte[] br = Precompressed.brotli(PAGE).orElseThrow();
        assertArrayEquals(PAGE, unbrotli(br));
        assertTrue(br.length <= Precompressed.gzip(PAGE).orElseThrow().length, "Brotli is the smaller of the two here");
        assertArrayEquals(br, Precompressed.brotli(PAGE).orElseThrow(), "the same every time");
        assertEquals(Optional.empty(), Precompressed.brotli(random(5000, 9)));
    }

    @Test
    void theSettingsNameBothCompressorsAndTheirLevels() {
        assertTrue(Precompressed.SETTINGS.startsWith("gzip level 6 (Java "), Precompressed.SETTINGS);
        assertEquals(Precompressed.brotliAvailable(), Precompressed.SETTINGS.contains("brotli quality 5 (brotli4j 1."),
                Precompressed.SETTINGS);
        assertEquals(!Precompressed.brotliAvailable(), Precompressed.SETTINGS.endsWith("no brotli"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /index.html                  | true
            /consultations/feed.xml      | true
            /feed.json                   | true
            /governing-body/calendar.ics | true
            /assets/portal.0123456789.css| true
            /pictures/map.svg            | true
            /data/figures.csv            | true
            /robots.txt                  | true
            /site.webmanifest            | true
            /INDEX.HTML                  | true
            /_headers                    | false
            /_redirects                  | false
            /assets/_partial.css         | false
            /papers/plan.pdf             | false
            /pictures/photo.jpg          | false
            /fonts/frutiger.woff2        | false
            /index.html.gz               | false
            /README                      | false
            /.html                       | false
            /folder.css/file             | false
            """)
    void onlyTextFilesReadByBrowsersAreCompressed(String path, boolean text) {
        assertEquals(text, Precompressed.isText(path));
    }
}
