package org.engagementportal.source;

import java.nio.charset.StandardCharsets;

/**
 * A text as UTF-8: byte for byte what {@code String.getBytes(UTF_8)} gives (an unpaired surrogate as {@code ?}),
 * without the JDK's scratch array for a long text. For a text with any character above U+007F (a typographic quote
 * is enough) the JDK first allocates two or three bytes a character and then copies out what it used. For a page of
 * 8 MB (a year of "you said, we did" at 100,000 pages) that is 24 MB thrown away at once, which the collector copies
 * to the old generation, where only a full collection clears it. Here a long text's length in UTF-8 is counted first
 * and the text written into an array of that length.
 */
public final class Utf8 {
    /** Texts shorter than this (most pages) are left to the JDK: their scratch array dies young, at no cost. */
    static final int LONG = 1 << 16;
    private static final int CHUNK = 8192;

    private Utf8() {
    }

    public static byte[] bytes(String s) {
        return bytes(s, LONG);
    }

    static byte[] bytes(String s, int longFrom) {
        int n = s.length();
        if (n < longFrom) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        long size = encode(s, null);
        if (size == n || size > Integer.MAX_VALUE - 16) {
            // ASCII alone, which the JDK copies as it is, with no scratch array; or too long for one array either way
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] out = new byte[(int) size];
        encode(s, out);
        return out;
    }

    /** Writes the text into {@code out} as UTF-8, or with {@code out} null only counts the bytes; returns their number. */
    private static long encode(String s, byte[] out) {
        char[] chunk = new char[CHUNK + 1]; // one more: the second half of a pair that starts at a chunk's end
        long j = 0;
        for (int from = 0; from < s.length(); ) {
            int end = read(s, from, Math.min(s.length(), from + CHUNK), chunk);
            for (int i = 0; i < end - from; i++) {
                char c = chunk[i];
                if (c < 0x80) {
                    if (out != null) {
                        out[(int) j] = (byte) c;
                    }
                    j++;
                } else if (c < 0x800) {
                    if (out != null) {
                        out[(int) j] = (byte) (0xC0 | c >> 6);
                        out[(int) j + 1] = (byte) (0x80 | c & 0x3F);
                    }
                    j += 2;
                } else if (!Character.isSurrogate(c)) {
                    if (out != null) {
                        out[(int) j] = (byte) (0xE0 | c >> 12);
                        out[(int) j + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                        out[(int) j + 2] = (byte) (0x80 | c & 0x3F);
                    }
                    j += 3;
                } else if (Character.isHighSurrogate(c) && i + 1 < end - from && Character.isLowSurrogate(chunk[i + 1])) {
                    int cp = Character.toCodePoint(c, chunk[++i]);
                    if (out != null) {
                        out[(int) j] = (byte) (0xF0 | cp >> 18);
                        out[(int) j + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
                        out[(int) j + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
                        out[(int) j + 3] = (byte) (0x80 | cp & 0x3F);
                    }
                    j += 4;
                } else {
                    if (out != null) {
                        out[(int) j] = '?'; // a surrogate without its other half, as the JDK writes it
                    }
                    j++;
                }
            }
            from = end;
        }
        return j;
    }

    /**
     * Copies {@code s[from, to)} into {@code chunk}, and the character after it too when the last is the first half of
     * a pair (so a pair is never split between chunks); returns where the copy ends.
     */
    private static int read(String s, int from, int to, char[] chunk) {
        s.getChars(from, to, chunk, 0);
        if (to < s.length() && Character.isHighSurrogate(chunk[to - from - 1]) && Character.isLowSurrogate(s.charAt(to))) {
            chunk[to - from] = s.charAt(to);
            return to + 1;
        }
        return to;
    }

    /**
     * A {@link java.io.Writer} that keeps what is written to it as UTF-8, byte for byte as {@link #bytes(String)} would
     * encode the whole text (a pair of surrogates written in two calls is still one character; a surrogate without its
     * other half is {@code ?}), in blocks of at most a megabyte, and gives it as one array at the end. For a file made as
     * it is written (the open data, 40 and 19 MB at 100,000 pages), instead of the text in a growing buffer, then as a
     * String, then as bytes: twice its size in memory at most, against four to six times, at the build's peak.
     */
    public static final class Sink extends java.io.Writer {
        private static final int MOST = 1 << 20;
        private final java.util.List<byte[]> full = new java.util.ArrayList<>();
        private byte[] block = new byte[1 << 12];
        private int at;
        private long size;
        /** The first half of a pair, until the next character says whether its second half follows; 0 if none. */
        private char high;
        private final char[] chars = new char[CHUNK];

        @Override
        public void write(int c) {
            put((char) c);
        }

        @Override
        public void write(char[] text, int from, int length) {
            java.util.Objects.checkFromIndexSize(from, length, text.length);
            for (int i = from; i < from + length; i++) {
                put(text[i]);
            }
        }

        @Override
        public void write(String text, int from, int length) {
            java.util.Objects.checkFromIndexSize(from, length, text.length());
            for (int start = from; start < from + length; start += CHUNK) {
                int n = Math.min(CHUNK, from + length - start);
                text.getChars(start, start + n, chars, 0);
                write(chars, 0, n);
            }
        }

        @Override
        public Sink append(CharSequence text) {
            String s = String.valueOf(text);
            write(s, 0, s.length());
            return this;
        }

        @Override
        public Sink append(char c) {
            put(c);
            return this;
        }

        private void put(char c) {
            if (c < 0x80 && high == 0) {
                add(c);
            } else if (c < 0x80) {
                unpaired();
                add(c);
            } else if (Character.isHighSurrogate(c)) {
                if (high != 0) {
                    add('?');
                }
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                if (high == 0) {
                    add('?');
                    return;
                }
                int cp = Character.toCodePoint(high, c);
                high = 0;
                add(0xF0 | cp >> 18);
                add(0x80 | cp >> 12 & 0x3F);
                add(0x80 | cp >> 6 & 0x3F);
                add(0x80 | cp & 0x3F);
            } else {
                unpaired();
                if (c < 0x800) {
                    add(0xC0 | c >> 6);
                } else {
                    add(0xE0 | c >> 12);
                    add(0x80 | c >> 6 & 0x3F);
                }
                add(0x80 | c & 0x3F);
            }
        }

        private void unpaired() {
            if (high != 0) {
                high = 0;
                add('?');
            }
        }

        private void add(int b) {
            if (at == block.length) {
                full.add(block);
                size += at;
                block = new byte[Math.min(block.length * 2, MOST)];
                at = 0;
            }
            block[at++] = (byte) b;
        }

        /**
         * What was written, as one array: a first half of a pair left at the end is {@code ?}. Called when all is
         * written: a second half written after it would then follow a {@code ?}, not make a pair.
         */
        public byte[] toBytes() {
            unpaired();
            if (size + at > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("over 2 GB in one file");
            }
            byte[] out = new byte[(int) (size + at)];
            int j = 0;
            for (byte[] b : full) {
                System.arraycopy(b, 0, out, j, b.length);
                j += b.length;
            }
            System.arraycopy(block, 0, out, j, at);
            return out;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
