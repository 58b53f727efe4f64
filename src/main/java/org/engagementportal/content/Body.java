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
 * every page's text in memory from the moment it is read until the end of the build; there, a build keeps only
 * where each body is ({@link #keptIn}) and reads it from its file again each time it is asked for (for the checks,
 * the keys, the search index and the page), checking it is still the text the build read: if the file changed
 * meanwhile, the build stops with {@link SourceChanged} and publishes nothing. The preview, which keeps documents
 * between saves while their files change, keeps each body {@link #packed} instead: compressed in memory, and
 * unpacked each time it is asked for. Either costs a little CPU and keeps the build's memory to a fraction: at
 * 100,000 pages of the benchmark corpus the packed bodies alone were over 200 MB.
 *
 * <p>{@link #equals} and {@link #hashCode} compare the text, so for a body kept in its file they read it (and may
 * throw {@link SourceChanged}): documents and pages, records holding a body, are compared by identity where it
 * matters ({@code IdentityHashMap}, {@code ==}), never put in hash tables by value.
 */
public final class Body {
    /** Markdown in all, in bytes, above which bodies are kept packed. */
    public static final long PACK_SITES_OVER = 128L * 1024 * 1024;

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private final String markdown;
    private final byte[] packed;
    /** Packed: the length of the text in UTF-8; kept in its file: in characters. */
    private final int length;
    private final int firstLine;
    private final boolean blank;
    /** Kept in its file: the file, and its name from the site folder. */
    private final java.nio.file.Path file;
    private final String source;
    /** Where in its file's text the body starts, when known (a text read from a file, or kept in it); else -1. */
    private final int start;
    /** Kept in its file because an earlier build read it ({@link #keptFromBefore}), not to save memory. */
    private final boolean fromBefore;
    /** {@link #digest}, once worked out. */
    private volatile String digest;
    /** Whether {@link #digest} is of the file's bytes ({@link #digestBytes}), not of the text. */
    private volatile boolean ofBytes;

    public Body(String markdown, int firstLine) {
        this(markdown, firstLine, -1);
    }

    /** A body that starts at character {@code start} of its file's text (as {@link org.engagementportal.source.SourceText} gives it). */
    Body(String markdown, int firstLine, int start) {
        this(markdown, null, 0, firstLine, markdown.isBlank(), null, null, start, false);
    }

    private Body(String markdown, byte[] packed, int length, int firstLine, boolean blank, java.nio.file.Path file,
                 String source, int start, boolean fromBefore) {
        this.markdown = markdown;
        this.packed = packed;
        this.length = length;
        this.firstLine = firstLine;
        this.blank = blank;
        this.file = file;
        this.source = source;
        this.start = start;
        this.fromBefore = fromBefore;
    }

    /**
     * A body an earlier build read ({@link LoadMemo}), from a file that has not changed since: kept in its file like
     * {@link #keptIn}, {@code length} characters from {@code start}, and read from there if it is asked for, checked
     * against {@code digest}.
     */
    static Body keptFromBefore(java.nio.file.Path file, String source, int start, int length, int firstLine, boolean blank,
                               String digest, boolean ofBytes) {
        if (start < 0 || length < 0 || firstLine < 1) {
            throw new IllegalArgumentException("a text at " + start + ", " + length + " long, from line " + firstLine);
        }
        Body kept = new Body(null, null, length, firstLine, blank, file, source, start, true);
        kept.digest = digest;
        kept.ofBytes = ofBytes;
        return kept;
    }

    /** Where in its file's text it starts; -1 when that is not known (a text not read from a file, or packed). */
    int textStart() {
        return start;
    }

    /** Its length in characters. */
    int textLength() {
        return markdown != null ? markdown.length() : file != null ? length : markdown().length();
    }

    /**
     * About how long the text is, without reading it again: its characters, or for a packed text its UTF-8 bytes (the same
     * for English, a little more for other scripts).
     */
    public int size() {
        return markdown != null ? markdown.length() : length;
    }

    /** Whether {@link #digest} is of the file's bytes. */
    boolean digestOfBytes() {
        digest();
        return ofBytes;
    }

    /**
     * The same body, to be read again from {@code file} (named {@code source} from the site folder) each time it is
     * asked for; {@code start} is where it starts in the file's text, as {@link
     * org.engagementportal.source.SourceText#textOf} gives it.
     */
    public Body keptIn(java.nio.file.Path file, String source, int start) {
        Body kept = new Body(null, null, markdown().length(), firstLine, blank, file, source, start, false);
        kept.digest = digest();
        kept.ofBytes = ofBytes;
        return kept;
    }

    /**
     * The digest of a body read from a file ({@link #digest}): of the file's bytes from where the body starts
     * ({@code from}, see {@link org.engagementportal.source.SourceText#byteOffsetOfLine}), hashed eight at a time,
     * many times quicker than its text. For the loader, once, before the body is shared.
     */
    void digestBytes(byte[] bytes, int from) {
        digest = digestOf(bytes, from);
        ofBytes = true;
    }

    private String digestOf(byte[] bytes, int from) {
        return new org.engagementportal.source.TextHash().mixBytes(bytes, from, bytes.length).hex() + ":" + (bytes.length - from)
                + " bytes:" + firstLine;
    }

    private String digestOf(String text) {
        return new org.engagementportal.source.TextHash().mix(text).hex() + ":" + text.length() + ":" + firstLine;
    }

    /**
     * A 128-bit hash of the text ({@link org.engagementportal.source.TextHash}), its length and its first line: what
     * the keys of the pages made from it take ({@code generate.OutputKeys}). Worked out once, when first asked for,
     * unless the loader gave it from the file's bytes ({@link #digestBytes}, the same for the same bytes, so for the
     * same text saved the same way); a body {@linkplain #keptIn kept in its file} or {@linkplain #packed packed}
     * takes it along, so it is not read or unpacked for it.
     */
    public String digest() {
        String d = digest;
        if (d == null) {
            d = digestOf(markdown());
            digest = d;
        }
        return d;
    }

    /** The same body, kept compressed in memory. */
    public Body packed() {
        if (packed != null) {
            return this;
        }
        byte[] utf8 = markdown().getBytes(StandardCharsets.UTF_8);
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
        Body body = new Body(null, Arrays.copyOf(out, n), utf8.length, firstLine, blank, null, null, -1, false);
        body.digest = digest();
        body.ofBytes = ofBytes;
        return body;
    }

    public String markdown() {
        if (markdown != null) {
            return markdown;
        }
        if (file != null) {
            return fromFile();
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

    private String fromFile() {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SourceChanged(source, "was deleted or moved", e);
        } catch (java.io.IOException e) {
            throw new SourceChanged(source, "could not be read again (" + e.getMessage() + ")", e);
        }
        String text = org.engagementportal.source.SourceText.textOf(bytes).orElse("");
        // Its digest, of the bytes as the loader hashed them (or of the text), says whether it is what the build read.
        boolean same = text.length() - start == length && (ofBytes
                ? digestOf(bytes, org.engagementportal.source.SourceText.byteOffsetOfLine(bytes, firstLine)).equals(digest)
                : digestOf(text.substring(start)).equals(digest()));
        if (!same) {
            throw new SourceChanged(source, "changed", null);
        }
        return text.substring(start);
    }

    /**
     * Whether it is {@linkplain #keptIn kept in its file} to save memory: the site is one of those so large that memory
     * is what counts (not a body {@linkplain #keptFromBefore an earlier build read}).
     */
    public boolean inFile() {
        return file != null && !fromBefore;
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
        return "Body[firstLine=" + firstLine + (packed != null ? ", packed " + packed.length + " of " + length + " bytes" : "")
                + (file != null ? ", kept in " + source : "") + (fromBefore ? " since an earlier build" : "") + "]";
    }
}
