package org.engagementportal.generate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words counted on each page of the search index, kept from one {@code portal build} to the next (in
 * {@code .portal-cache/}), so a build after an edit counts again only the pages whose title, summary or text changed:
 * counting every page's words is a third of such a build at 10,000 pages.
 *
 * <p>Pages are kept in the order of the index (the A to Z's: by sort key of the title, then address), each with a
 * key of what it was counted from, and read back as a stream alongside the next build's pages in the same order, so
 * neither build holds every page's words at once. A page whose key differs, or that moved in the order (a new title),
 * is counted again. Each word is written in full the first time and then by its number; each page with a CRC-32 of
 * it. A file that does not read as this format (from another version of the portal, which {@link #HEADER} says) is
 * read as empty, and one damaged is read up to the damage: what is not read is counted, which is slower but right.
 */
public final class SearchCounts {
    static final String HEADER = "portal-search-counts 2";

    /** The longest page record read: far more than the words of the largest Markdown file allowed (see source/Limits). */
    static final int LONGEST_RECORD = 32 << 20;

    private SearchCounts() {
    }

    /** A page as counted: its words, sorted, and the score of each. */
    public record Counted(String[] words, int[] scores) {
    }

    /** The pages kept by the last build, read in order. */
    public static final class Reader implements AutoCloseable {
        /** No pages kept: every page is counted. */
        public static final Reader NONE = new Reader(null, "");

        private final DataInputStream in;
        private final List<String> words = new ArrayList<>();
        private boolean done;
        private String sortKey;
        private String path;
        private String key;
        private Counted counted;

        /** @param portal the portal's version: a file of another is not read */
        public Reader(InputStream in, String portal) {
            this.in = in == null ? null : new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
            done = in == null;
            if (!done) {
                try {
                    done = !HEADER.equals(this.in.readUTF()) || !portal.equals(this.in.readUTF());
                } catch (IOException | RuntimeException e) {
                    done = true;
                }
                if (!done) {
                    advance();
                }
            }
        }

        /**
         * The page at {@code path} as the last build counted it, if it did so from what {@code key} says; pages before
         * it in the order ({@code sortKey}, then {@code path}) that this build does not have are passed over. Asked
         * in the index's order.
         */
        public Optional<Counted> take(String sortKey, String path, String key) {
            while (!done) {
                int c = this.sortKey.compareTo(sortKey);
                if (c == 0) {
                    c = this.path.compareTo(path);
                }
                if (c > 0) {
                    return Optional.empty(); // a page the last build did not have here
                }
                Counted found = c == 0 && this.key.equals(key) ? counted : null;
                advance();
                if (c == 0) {
                    return Optional.ofNullable(found);
                }
            }
            return Optional.empty();
        }

        private void advance() {
            try {
                if (!in.readBoolean()) {
                    done = true;
                    return;
                }
                int length = in.readInt();
                if (length < 0 || length > LONGEST_RECORD) {
                    done = true;
                    return;
                }
                byte[] record = new byte[length];
                in.readFully(record);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(record);
                if ((int) crc.getValue() != in.readInt()) {
                    done = true; // damaged: what is left is counted
                    return;
                }
                Bytes r = new Bytes(record);
                sortKey = r.string();
                path = r.string();
                key = r.string();
                int n = r.read(record.length);
                String[] w = new String[n];
                int[] s = new int[n];
                for (int i = 0; i < n; i++) {
                    int id = r.read(words.size());
                    if (id == 0) {
                        words.add(r.string());
                        id = words.size();
                    }
                    w[i] = words.get(id - 1);
                    s[i] = r.read(Integer.MAX_VALUE);
                }
                counted = new Counted(w, s);
            } catch (IOException | RuntimeException e) {
                done = true; // damaged: what is left is counted
            }
        }

        @Override
        public void close() {
            done = true;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read only
                }
            }
        }
    }

    /**
     * The pages of this build, written in order for the next. A file that cannot be written (a full disk) is given
     * up, never the build: {@link #whole} says whether it holds every page.
     */
    public static final class Writer implements AutoCloseable {
        /** Nothing kept. */
        public static final Writer NONE = new Writer(null, "");

        private DataOutputStream out;
        private boolean whole;
        private final Map<String, Integer> words = new HashMap<>();
        /** One page's record, written whole with its checksum after it. */
        private final Bytes record = new Bytes(new byte[1 << 12]);

        public Writer(OutputStream out, String portal) {
            this.out = out == null ? null : new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
            whole = out != null;
            if (this.out != null) {
                try {
                    this.out.writeUTF(HEADER);
                    this.out.writeUTF(portal);
                } catch (IOException e) {
                    giveUp();
                }
            }
        }

        /** Keeps a page, in the index's order. */
        public void write(String sortKey, String path, String key, Counted counted) {
            if (out == null) {
                return;
            }
            record.reset();
            record.string(sortKey);
            record.string(path);
            record.string(key);
            record.number(counted.words().length);
            for (int i = 0; i < counted.words().length; i++) { // a page's words are distinct
                String word = counted.words()[i];
                Integer id = words.get(word);
                if (id == null) {
                    record.number(0);
                    record.string(word);
                    words.put(word, words.size() + 1);
                } else {
                    record.number(id);
                }
                record.number(counted.scores()[i]);
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(record.bytes, 0, record.length);
            try {
                out.writeBoolean(true);
                out.writeInt(record.length);
                out.write(record.bytes, 0, record.length);
                out.writeInt((int) crc.getValue());
            } catch (IOException e) {
                giveUp();
            }
        }

        /** Whether every page written was written, and the file closed: only then is it worth keeping. */
        public boolean whole() {
            return whole && out == null;
        }

        private void giveUp() {
            whole = false;
            try {
                out.close();
            } catch (IOException e) {
                // given up already
            }
            out = null;
        }

        @Override
        public void close() {
            if (out != null) {
                try {
                    out.writeBoolean(false);
                    out.close();
                } catch (IOException e) {
                    whole = false;
                }
                out = null;
            }
        }
    }

    /**
     * A page's record as bytes, read or written in place: numbers in 7-bit groups, strings as their UTF-8 bytes after
     * their length.
     */
    private static final class Bytes {
        byte[] bytes;
        int length;
        private int at;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        void reset() {
            length = 0;
        }

        void number(int n) {
            room(5);
            while ((n & ~0x7f) != 0) {
                bytes[length++] = (byte) ((n & 0x7f) | 0x80);
                n >>>= 7;
            }
            bytes[length++] = (byte) n;
        }

        void string(String s) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            number(b.length);
            room(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
        }

        private void room(int n) {
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        int read(int most) throws IOException {
            int n = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= bytes.length) {
                    throw new IOException("cut short");
                }
                int b = bytes[at++] & 0xff;
                n |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (n < 0 || n > most) {
                        throw new IOException("out of range");
                    }
                    return n;
                }
            }
            throw new IOException("too long");
        }

        String string() throws IOException {
            int n = read(bytes.length - at);
            String s = new String(bytes, at, n, java.nio.charset.StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
