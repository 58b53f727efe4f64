package org.engagementportal.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 for the manifest: of a file held in memory (every page and its compressed copies), from the NSS library
 * through the JDK's own PKCS#11 provider when this machine has it, else the JDK's Java digest; of a file copied as a
 * stream (large assets and documents), always the JDK's. The digest is the same either way; only its speed differs.
 *
 * <p>Why: {@code bin/portal} keeps a build to the JVM's quick compiler (see the comment there), which has no fast path
 * for SHA-256, and the manifest hashes every file the build writes (about 240 MB at 10,000 pages, the compressed copies
 * included). Under the quick compiler the JDK's digest ran at about 150 MB/s here, NSS's at about 1.5 GB/s, as it uses
 * the processor's SHA instructions where they exist. Debian's Java packages depend on NSS ({@code libnss3}), and so do
 * Chromium's, which the accessibility audit needs.
 *
 * <p>NSS is tried once, the first time a digest is asked for: it must load in the JDK's "no database" mode and give
 * the standard answer for "abc" (FIPS 180-2), else the JDK's digest is used. If it fails later, in a build (the
 * PKCS#11 provider reports its errors as {@link ProviderException}), that file is hashed again with the JDK's digest and
 * NSS is not asked again. Nothing is said either way, as the only difference is speed. {@code -Dportal.nss-sha256=false}
 * (in {@code PORTAL_JAVA_OPTS}) turns it off.
 */
final class Sha256 {
    static final String PROPERTY = "portal.nss-sha256";
    private static final byte[] ABC = HexFormat.of().parseHex(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    private Sha256() {
    }

    /** Loaded at first use: a build that hashes nothing does not load NSS. */
    private static final class Native {
        static final Digests DIGESTS = new Digests(Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) ? nss() : null);
    }

    /** The SHA-256 of {@code bytes} in lower-case hexadecimal: NSS's, unless it could not be loaded or has failed. */
    static String hex(byte[] bytes) {
        return Native.DIGESTS.hex(bytes);
    }

    /** A new digest for a file read as a stream: the JDK's, which can always be started again from the file. */
    static MessageDigest streaming() {
        return jdk();
    }

    /** The name of the provider {@link #hex} uses now ("SunPKCS11-NSS" or "SUN"). */
    static String provider() {
        return Native.DIGESTS.provider();
    }

    private static MessageDigest jdk() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Digests from {@code nss} (null: none) until it fails, then from the JDK. */
    static final class Digests {
        private final Provider nss;
        private volatile boolean failed;

        Digests(Provider nss) {
            this.nss = nss;
        }

        String hex(byte[] bytes) {
            if (nss != null && !failed) {
                try {
                    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", nss).digest(bytes));
                } catch (ProviderException | NoSuchAlgorithmException e) {
                    failed = true; // and this file is hashed again below
                }
            }
            return HexFormat.of().formatHex(jdk().digest(bytes));
        }

        String provider() {
            return nss != null && !failed ? nss.getName() : jdk().getProvider().getName();
        }
    }

    /**
     * NSS's provider, or null when this Java or this machine cannot give one that digests correctly. Once only: NSS
     * can be set up once in a process ("Secmod module already configured" the second time).
     */
    private static Provider nss() {
        try {
            Provider pkcs11 = Security.getProvider("SunPKCS11");
            if (pkcs11 == null) {
                return null; // a Java runtime without the jdk.crypto.cryptoki module
            }
            // As the nss.cfg that Debian's Java ships: NSS's own search for its libraries, no key database, and no
            // failure if something else in this process set NSS up first.
            Provider nss = pkcs11.configure("--name=NSS\nnssDbMode=noDb\nattributes=compatibility\n"
                    + "handleStartupErrors=ignoreMultipleInitialisation\n");
            byte[] abc = MessageDigest.getInstance("SHA-256", nss).digest(new byte[] {'a', 'b', 'c'});
            return Arrays.equals(abc, ABC) ? nss : null;
        } catch (Exception | LinkageError e) { // no NSS here, or one that will not load: the JDK's digest
            return null;
        }
    }
}
