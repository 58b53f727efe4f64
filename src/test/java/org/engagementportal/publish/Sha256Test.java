package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Security;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The manifest's SHA-256: NSS's where this machine has it, always the same digest as the JDK's own (the SUN
 * provider, asked for by name so the comparison is never NSS against itself).
 */
class Sha256Test {
    static byte[] jdk(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256", Security.getProvider("SUN")).digest(bytes);
    }

    @Property(tries = 300)
    void theDigestIsTheJdksForAnyBytes(@ForAll @Size(max = 70_000) byte[] bytes) throws Exception {
        assertArrayEquals(jdk(bytes), Sha256.digest().digest(bytes));
    }

    @Test
    void theDigestIsTheJdksAtEverySizeAroundBlockAndBufferEdges() throws Exception {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 55, 56, 63, 64, 65, 4095, 4096, 4097, 65_535, 65_536, 65_537, 1 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            assertArrayEquals(jdk(bytes), Sha256.digest().digest(bytes), "size " + size);
            // in pieces, as a copied file is read through a DigestInputStream
            MessageDigest pieces = Sha256.digest();
            for (int at = 0; at < size; at += 1000) {
                pieces.update(bytes, at, Math.min(1000, size - at));
            }
            assertArrayEquals(jdk(bytes), pieces.digest(), "size " + size + " in pieces");
        }
    }

    @Test
    void theStandardAnswers() {
        // FIPS 180-2, appendix B
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Manifest.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Manifest.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Manifest.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void twoThreadsAtOnceGetTheRightDigests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 2_000; i++) {
                        byte[] bytes = new byte[random.nextInt(30_000)];
                        random.nextBytes(bytes);
                        if (!HexFormat.of().formatHex(jdk(bytes)).equals(Manifest.sha256(bytes))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /** On a machine with NSS (Debian's Java depends on it, so CI here has it) the build uses it. */
    @Test
    void nssIsUsedWhereItIsInstalled() {
        assumeTrue(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libsoftokn3.so"))
                || Files.exists(Path.of("/usr/lib64/libsoftokn3.so")), "NSS is not installed here");
        assumeTrue(Boolean.parseBoolean(System.getProperty(Sha256.PROPERTY, "true")));
        assertEquals("SunPKCS11-NSS", Sha256.provider(), "NSS is installed but its SHA-256 was not loaded");
    }
}
