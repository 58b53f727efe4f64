package org.engagementportal.publish;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The {@code .gz} and {@code .br} copies published beside every text file over 1 KB, so a CDN or web
 * server can send them as they are ({@code gzip_static}, {@code brotli_static}, S3 with
 * {@code Content-Encoding}) instead of compressing each request. The same bytes in always give the same
 * bytes out: the gzip header carries no time or file name, and both compressors run at fixed settings.
 * A copy that would not be smaller is not made.
 */
public final class Precompressed {
    /** Smaller files gain too little to be worth a second request path. */
    static final int MIN_BYTES = 1024;
    /**
     * zlib's level 6 and Brotli's quality 5: on the 10,000-page benchmark, higher settings made the HTML no
     * smaller with gzip and took several times as long with Brotli (quality 11: about a minute a thousand pages).
     */
    static final int GZIP_LEVEL = 6;
    static final int BROTLI_QUALITY = 5;

    private static final Set<String> TEXT = Set.of("html", "htm", "css", "js", "xml", "json", "ics", "txt", "svg", "csv",
            "webmanifest", "map");

    /** Why Brotli could not be loaded, or empty when it was. */
    private static final Optional<String> BROTLI_MISSING = loadBrotli();
    private static final boolean BROTLI = BROTLI_MISSING.isEmpty();

    private Precompressed() {
    }

    private static Optional<String> loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return Optional.empty();
        } catch (Throwable e) { // no native Brotli for this platform, or its library could not be unpacked: no .br copies
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return Optional.of(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    /**
     * Why no .br copies are made on this computer, said once a build: Brotli's library (unpacked into Java's temporary
     * folder and run from there) could not be loaded. The build goes on with gzip's copies alone, and the next build on a
     * computer that has Brotli makes them all again, so the site is whole, but the team publishing it should know.
     */
    public static Optional<String> brotliMissing() {
        return BROTLI_MISSING.map(why -> "no .br (Brotli) copies were made, as Brotli's library could not be loaded on this "
                + "computer (" + why + "); a server or CDN that sends .br copies sends the .gz ones instead. It is unpacked "
                + "into Java's temporary folder (" + System.getProperty("java.io.tmpdir") + ") and run from there: give Java "
                + "one it may run programs from, for example PORTAL_JAVA_OPTS=-Djava.io.tmpdir=$HOME/.cache/portal-tmp.");
    }

    /**
     * The compressors and their settings, as recorded in manifest.json: a later build reuses an earlier
     * build's copies of an unchanged file only when this is the same, so reused copies are byte for byte
     * the ones it would make.
     */
    static final String SETTINGS = settings();

    /** The compressors and their settings (gzip's level, Brotli's, or "no brotli" where it could not be loaded). */
    public static String settingsInUse() {
        return SETTINGS;
    }

    private static String settings() {
        return "gzip level " + GZIP_LEVEL + " (Java " + System.getProperty("java.vm.version") + "), "
                + (BROTLI ? "brotli quality " + BROTLI_QUALITY + " (brotli4j " + brotliVersion() + ")" : "no brotli");
    }

    private static String brotliVersion() {
        try (var in = Precompressed.class.getResourceAsStream(
                "/META-INF/maven/com.aayushatharva.brotli4j/brotli4j/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown version");
        } catch (IOException e) {
            return "unknown version";
        }
    }

    /** Whether this platform can make .br copies (brotli4j ships them for Linux, macOS and Windows). */
    public static boolean brotliAvailable() {
        return BROTLI;
    }

    /** Whether the build makes compressed copies of a file it writes: text ({@link #isText}) over {@link #MIN_BYTES}. */
    static boolean worthCopies(String sitePath, long size) {
        return size > MIN_BYTES && isText(sitePath);
    }

    /** Whether a site path is a text file worth compressing ("/index.html", "/feed.xml"), not "_headers". */
    public static boolean isText(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return !name.startsWith("_") && dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * One deflater per thread, reset between files: zlib sets up a quarter of a megabyte of tables for each
     * new one, which on the benchmark cost as much again as compressing.
     */
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(GZIP_LEVEL, true));

    /** gzip (RFC 1952) with no time stamp or name in the header, or empty when it would not be smaller. */
    static Optional<byte[]> gzip(byte[] data) {
        if (data.length <= HEADER.length + 10) {
            return Optional.empty(); // the header and trailer alone are 18 bytes
        }
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        // A copy is kept only if it is smaller than the file, header and trailer (18 bytes) included. The deflated
        // bytes go into an array a third of the file's size, grown as needed: text deflates to a fifth or so, and an
        // array as large as the file (tens of megabytes for the open data at 100,000 pages) would be thrown away at
        // once. zlib writes the same bytes however its output is handed out.
        int room = data.length - HEADER.length; // as much as may be deflated: past it the copy would not be smaller
        byte[] out = new byte[Math.min(data.length + 8, HEADER.length + Math.max(256, data.length / 3))];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int n = HEADER.length;
        while (!deflater.finished() && n - HEADER.length < room) {
            if (n == out.length - 8) {
                out = java.util.Arrays.copyOf(out, (int) Math.min((long) data.length + 8, 2L * out.length));
            }
            int got = deflater.deflate(out, n, Math.min(out.length - 8, HEADER.length + room) - n);
            if (got == 0 && !deflater.finished()) {
                return Optional.empty(); // zlib told to finish with room to write always writes: never expected
            }
            n += got;
        }
        if (!deflater.finished() || n + 8 >= data.length) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLE(out, n, (int) crc.getValue());
        writeIntLE(out, n + 4, data.length);
        return Optional.of(out.length == n + 8 ? out : java.util.Arrays.copyOf(out, n + 8));
    }

    /** magic, deflate, no flags, no time, no extra flags, unknown operating system */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** Brotli, or empty when it would not be smaller or this platform has no Brotli. */
    static Optional<byte[]> brotli(byte[] data) {
        if (!BROTLI) {
            return Optional.empty();
        }
        try {
            byte[] out = Encoder.compress(data, new Encoder.Parameters().setQuality(BROTLI_QUALITY));
            return out.length < data.length ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Brotli could not compress a file", e);
        }
    }

    private static void writeIntLE(byte[] out, int at, int v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >>> 8);
        out[at + 2] = (byte) (v >>> 16);
        out[at + 3] = (byte) (v >>> 24);
    }
}
