package org.engagementportal.generate;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search index as a build left it, kept from one {@code portal build} to the next (in {@code .portal-cache/}), so
 * a build after an edit counts again only the pages whose title, summary or text changed, and changes the index it
 * reads back for those pages alone ({@link SearchIndex#update}), rather than counting every page's words or adding
 * every page to a new index: at 10,000 pages, reading the kept index takes a few hundredths of a second, where adding
 * every page's kept words to a new one took a few tenths of the second core.
 *
 * <p>It holds each page's address and a key of what its words were counted from (title, summary, text), in the
 * index's order, and the index: its words, each with its pages, by shard, with each shard's digest. A file that does
 * not read as this format (from another version of the portal, which {@link #HEADER} and the portal's version say),
 * or is damaged anywhere (a CRC-32 of all of it), is not read at all: every page is counted, which is slower but
 * right.
 */
public final class SearchCounts {
    static final String HEADER = "portal-search-counts 3";

    private SearchCounts() {
    }

    /**
     * What the last build kept: each page's address and the key of what it was counted from, in the index's order (page
     * {@code j} of the index is {@code paths.get(j)}), and the index of those pages, read only when {@link #index} is
     * asked for (a build that counts most pages again makes its index afresh, and never holds the kept one).
     */
    public static final class Kept {
        private final List<String> paths;
        private final List<String> keys;
        private In rest;

        private Kept(List<String> paths, List<String> keys, In rest) {
            this.paths = paths;
            this.keys = keys;
            this.rest = rest;
        }

        public List<String> paths() {
            return paths;
        }

        public List<String> keys() {
            return keys;
        }

        /** Lets go of the file's bytes, the index not to be read: a build making its index afresh holds nothing of it. */
        public void discard() {
            rest = null;
        }

        /**
         * The index, read once (the file's bytes let go then); empty when it does not hold together (see
         * {@link SearchIndex#read}): every page is then counted.
         */
        public Optional<SearchIndex> index() {
            In in = rest;
            rest = null;
            if (in == null) {
                return Optional.empty();
            }
            try {
                SearchIndex index = SearchIndex.read(in, paths.size());
                return in.atEnd() ? Optional.of(index) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // damaged: every page is counted
            }
        }
    }

    /** The index the last build kept. */
    public static final class Reader implements AutoCloseable {
        /** Nothing kept: every page is counted. */
        public static final Reader NONE = new Reader(null, "");

        private final InputStream in;
        private final java.nio.file.Path file;
        private final String portal;

        /** @param portal the portal's version: a file of another is not read */
        public Reader(InputStream in, String portal) {
            this(in, null, portal);
        }

        private Reader(InputStream in, java.nio.file.Path file, String portal) {
            this.in = in;
            this.file = file;
            this.portal = portal;
        }

        /** The file {@code file}, read whole at its size when {@link #read} is called. */
        public static Reader of(java.nio.file.Path file, String portal) {
            return new Reader(null, file, portal);
        }

        private byte[] bytes() throws IOException {
            return file != null ? java.nio.file.Files.readAllBytes(file) : in == null ? null : in.readAllBytes();
        }

        /**
         * What the file holds, or nothing when it is empty, of another version of the portal, or damaged (its index
         * is read by {@link Kept#index}).
         */
        public Optional<Kept> read() {
            try {
                byte[] bytes = bytes();
                if (bytes == null || bytes.length < 4) {
                    return Optional.empty();
                }
                In r = new In(bytes, bytes.length - 4);
                if (!HEADER.equals(r.string()) || !portal.equals(r.string())) {
                    return Optional.empty();
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes, 0, bytes.length - 4);
                if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
                    return Optional.empty();
                }
                int pages = r.number(Integer.MAX_VALUE);
                List<String> paths = new ArrayList<>(Math.min(pages, bytes.length));
                List<String> keys = new ArrayList<>(Math.min(pages, bytes.length));
                for (int j = 0; j < pages; j++) {
                    paths.add(r.string());
                    keys.add(r.string());
                }
                return Optional.of(new Kept(List.copyOf(paths), List.copyOf(keys), r));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // damaged: every page is counted
            }
        }

        @Override
        public void close() {
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
     * Writes this build's index for the next. A file that cannot be written (a full disk) is given up, never the
     * build: {@link #whole} says whether it holds the index.
     */
    public static final class Writer implements AutoCloseable {
        /** Nothing kept. */
        public static final Writer NONE = new Writer(null, "");

        private Out out;
        private boolean written;

        public Writer(OutputStream out, String portal) {
            if (out != null) {
                this.out = new Out(out);
                try {
                    this.out.string(HEADER);
                    this.out.string(portal);
                } catch (IOException e) {
                    giveUp();
                }
            }
        }

        /** Keeps the index of these pages, page {@code j} at {@code paths.get(j)}, counted from what {@code keys.get(j)} says. */
        public void write(List<String> paths, List<String> keys, SearchIndex index) {
            if (out == null || written) {
                return;
            }
            try {
                out.number(paths.size());
                for (int j = 0; j < paths.size(); j++) {
                    out.string(paths.get(j));
                    out.string(keys.get(j));
                }
                index.write(out);
                out.end();
                written = true;
            } catch (IOException e) {
                giveUp();
            }
        }

        /** Whether the index was written whole, and the file closed: only then is it worth keeping. */
        public boolean whole() {
            return written && out == null;
        }

        private void giveUp() {
            written = false;
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
                    out.close();
                } catch (IOException e) {
                    written = false;
                }
                out = null;
            }
        }
    }

    /** Writes numbers in 7-bit groups and strings as their UTF-8 bytes after their length, keeping a CRC-32 of them. */
    static final class Out {
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final DataOutputStream out;

        Out(OutputStream out) {
            this.out = new DataOutputStream(new java.io.BufferedOutputStream(new java.util.zip.CheckedOutputStream(out, crc), 1 << 16));
        }

        void number(int n) throws IOException {
            while ((n & ~0x7f) != 0) {
                out.write((n & 0x7f) | 0x80);
                n >>>= 7;
            }
            out.write(n);
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(b.length);
            out.write(b);
        }

        void bytes(byte[] b, int length) throws IOException {
            out.write(b, 0, length);
        }

        /** Writes the CRC-32 of everything written before it. */
        void end() throws IOException {
            out.flush();
            out.writeInt((int) crc.getValue());
            out.flush();
        }

        void close() throws IOException {
            out.close();
        }
    }

    /** Reads what {@link Out} wrote, up to {@code end}; throws {@link IOException} at anything out of range. */
    static final class In {
        private final byte[] bytes;
        private final int end;
        private int at;

        In(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        int number(int most) throws IOException {
            int n = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= end) {
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
            int n = number(end - at);
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        byte[] bytes(int n) throws IOException {
            if (n > end - at) {
                throw new IOException("cut short");
            }
            byte[] b = java.util.Arrays.copyOfRange(bytes, at, at + n);
            at += n;
            return b;
        }

        boolean atEnd() {
            return at == end;
        }
    }
}
