package org.engagementportal.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The Markdown after the front matter, and the line of the file it starts on (to turn Markdown positions into
 * file ones).
 *
 * <p>A site with more Markdown than {@link #PACK_SITES_OVER} (tens of thousands of pages) would otherwise hold
 * every page's text in memory from the moment it is read until the end of the build; there, the loader keeps
 * each body {@link #packed}: compressed, and unpacked each time it is asked for (for the checks, the keys and
 * the page), which costs a little CPU and keeps the build's memory to a fraction.
 */
public final class Body {
    /** Markdown in all, in bytes, above which bodies are kept packed. */
    public static final long PACK_SITES_OVER = 128L * 1024 * 1024;

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private final String markdown;
    private final byte[] packed;
    private final int length;
    private final int firstLine;
    private final boolean blank;

    public Body(String markdown, int firstLine) {
        this.markdown = markdown;
        this.packed = null;
        this.length = 0;
        this.firstLine = firstLine;
        this.blank = markdown.isBlank();
    }

    private Body(byte[] packed, int length, int firstLine, boolean blank) {
        this.markdown = null;
        this.packed = packed;
        this.length = length;
        this.firstLine = firstLine;
        this.blank = blank;
    }

    /** The same body, kept compressed in memory. */
    public Body packed() {
        if (packed != null) {
            return this;
        }
        byte[] utf8 = markdown.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        byte[] out = new byte[Math.max(64, utf8.length / 2)];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return new Body(Arrays.copyOf(out, n), utf8.length, firstLine, blank);
    }

    public String markdown() {
        if (markdown != null) {
            return markdown;
        }
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(packed);
        byte[] utf8 = new byte[length];
        try {
            int n = 0;
            while (n < length) {
                int got = inflater.inflate(utf8, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                n += got;
            }
            if (n != length) {
                throw new IllegalStateException("a packed page body unpacked to " + n + " bytes, not " + length);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed page body could not be unpacked", e);
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public int firstLine() {
        return firstLine;
    }

    public boolean isBlank() {
        return blank;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && firstLine == b.firstLine && markdown().equals(b.markdown());
    }

    @Override
    public int hashCode() {
        return 31 * markdown().hashCode() + firstLine;
    }

    @Override
    public String toString() {
        return "Body[firstLine=" + firstLine + (packed != null ? ", packed " + packed.length + " of " + length + " bytes" : "") + "]";
    }
}
