package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.MessageDigestSpi;
import java.security.Provider;
import java.security.ProviderException;
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
        assertEquals(HexFormat.of().formatHex(jdk(bytes)), Sha256.hex(bytes));
    }

    @Test
    void theDigestIsTheJdksAtEverySizeAroundBlockAndBufferEdges() throws Exception {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 55, 56, 63, 64, 65, 4095, 4096, 4097, 65_535, 65_536, 65_537, 1 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            assertEquals(HexFormat.of().formatHex(jdk(bytes)), Sha256.hex(bytes), "size " + size);
            // a file copied as a stream, read in pieces, is listed with the same digest as one held in memory
            MessageDigest pieces = Manifest.digest();
            for (int at = 0; at < size; at += 1000) {
                pieces.update(bytes, at, Math.min(1000, size - at));
            }
            assertEquals(Sha256.hex(bytes), HexFormat.of().formatHex(pieces.digest()), "size " + size + " in pieces");
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
    void fourThreadsAtOnceGetTheRightDigests() throws Exception {
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

    /** A digest from a provider that fails as a PKCS#11 token can ("CKR_DEVICE_ERROR"), as NSS's could mid-build. */
    public static final class FailingDigest extends MessageDigestSpi {
        @Override
        protected void engineUpdate(byte input) {
            throw new ProviderException("update() failed: CKR_DEVICE_ERROR");
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            throw new ProviderException("update() failed: CKR_DEVICE_ERROR");
        }

        @Override
        protected byte[] engineDigest() {
            throw new ProviderException("digest() failed: CKR_DEVICE_ERROR");
        }

        @Override
        protected void engineReset() {
        }
    }

    static final class Failing extends Provider {
        Failing() {
            super("Failing", "1", "a SHA-256 that fails");
            putService(new Service(this, "MessageDigest", "SHA-256", FailingDigest.class.getName(), null, null));
        }
    }

    @Test
    void aProviderThatFailsMidBuildIsReplacedByTheJdksForThatFileAndAfter() throws Exception {
        Sha256.Digests digests = new Sha256.Digests(new Failing());
        assertEquals("Failing", digests.provider());
        byte[] page = "<!DOCTYPE html><title>Dental access</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(HexFormat.of().formatHex(jdk(page)), digests.hex(page));
        assertEquals("SUN", digests.provider());
        assertEquals(HexFormat.of().formatHex(jdk(new byte[0])), digests.hex(new byte[0]));
    }

    @Test
    void withoutNssTheJdksDigest() throws Exception {
        Sha256.Digests digests = new Sha256.Digests(null);
        assertEquals("SUN", digests.provider());
        assertEquals(HexFormat.of().formatHex(jdk(new byte[] {1, 2, 3})), digests.hex(new byte[] {1, 2, 3}));
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
