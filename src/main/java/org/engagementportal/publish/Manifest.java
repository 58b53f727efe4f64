package org.engagementportal.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import org.engagementportal.source.Json;

/**
 * {@code /manifest.json}: every published file's path, size and SHA-256, sorted by path, so whoever
 * publishes can upload only the files whose hash changed and check the upload file by file. It also names
 * the compression settings, so the next build knows whether the {@code .gz} and {@code .br} copies in this
 * output are the ones it would make.
 */
public final class Manifest {
    public static final String PATH = "/manifest.json";

    /**
     * A file's size and SHA-256, the digest as four numbers rather than as its 64 characters: at 100,000 pages the
     * manifest lists 344,000 files, held to the end of the build, and its hexadecimal text took 128 bytes a file where
     * this takes 56 in all.
     */
    record Entry(long size, long h0, long h1, long h2, long h3) {
        /** @param sha256 the digest in lowercase hexadecimal, as the manifest writes it */
        Entry(long size, String sha256) {
            this(size, part(sha256, 0), part(sha256, 1), part(sha256, 2), part(sha256, 3));
        }

        private static long part(String hex, int i) {
            if (hex.length() != 64) {
                throw new IllegalArgumentException("not a SHA-256 in hexadecimal: " + hex);
            }
            return HexFormat.fromHexDigitsToLong(hex, i * 16, i * 16 + 16);
        }

        static Entry of(long size, byte[] digest) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(digest);
            return new Entry(size, b.getLong(), b.getLong(), b.getLong(), b.getLong());
        }

        /** Whether its digest is {@code hex} (lowercase hexadecimal), compared without writing its own as text. */
        boolean hasDigest(String hex) {
            return hex.length() == 64 && h0 == part(hex, 0) && h1 == part(hex, 1) && h2 == part(hex, 2) && h3 == part(hex, 3);
        }

        /** The digest in lowercase hexadecimal. */
        String sha256() {
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits(h0) + hex.toHexDigits(h1) + hex.toHexDigits(h2) + hex.toHexDigits(h3);
        }
    }

    private final String compression;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Manifest(String compression) {
        this.compression = compression;
    }

    void add(String sitePath, Entry entry) {
        entries.put(sitePath, entry);
    }

    void add(String sitePath, long size, byte[] digest) {
        entries.put(sitePath, Entry.of(size, digest));
    }

    /** A new SHA-256 digest for a file read as a stream ({@link Sha256#streaming}). */
    static MessageDigest digest() {
        return Sha256.streaming();
    }

    /** The SHA-256 of a file held in memory, in hexadecimal: the fastest this machine has ({@link Sha256#hex}). */
    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    int size() {
        return entries.size();
    }

    /** The site paths listed so far. */
    java.util.Set<String> paths() {
        return java.util.Set.copyOf(entries.keySet());
    }

    /** The manifest through the JSON writer: the bytes {@link #write} makes by hand, which the tests hold it to. */
    byte[] json() {
        return Json.bytes(this::json, "/files");
    }

    /**
     * Writes {@link #json()} into {@code file} as it goes, without holding it all in memory: the same bytes, but a
     * line at a time by hand rather than through the JSON writer (a manifest lists every file, about 40,000 at
     * 10,000 pages, and is written by every build), each path as the JSON writer would write it.
     */
    void write(java.nio.file.Path file) throws java.io.IOException {
        String[] paths = entries.keySet().toArray(String[]::new);
        java.util.Arrays.parallelSort(paths);
        // Its lines made in blocks on the build's threads (in its pool), a few blocks ahead of the one written, in order:
        // not all at once, which at 100,000 pages would hold tens of megabytes at the end of the build.
        int block = 2048;
        java.util.ArrayDeque<java.util.concurrent.ForkJoinTask<byte[]>> ahead = new java.util.ArrayDeque<>();
        int next = 0;
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("{\n  \"compression\": " + Json.compact(compression) + ",\n  \"files\": [").getBytes(StandardCharsets.UTF_8));
            while (next < paths.length || !ahead.isEmpty()) {
                while (next < paths.length && ahead.size() < 8) {
                    int start = next;
                    int end = Math.min(paths.length, next + block);
                    ahead.add(java.util.concurrent.ForkJoinTask.adapt(() -> lines(paths, start, end)).fork());
                    next = end;
                }
                out.write(ahead.poll().join());
            }
            out.write((paths.length == 0 ? "]\n}\n" : "\n  ]\n}\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The lines of the sorted paths {@code from} to {@code to}, each after a line break, and after a comma but the first. */
    private byte[] lines(String[] paths, int from, int to) {
        StringBuilder line = new StringBuilder((to - from) * 130);
        for (int i = from; i < to; i++) {
            line.append(i == 0 ? "\n    {\"path\": " : ",\n    {\"path\": ");
            String path = paths[i];
            if (plain(path)) {
                line.append('"').append(path).append('"');
            } else {
                line.append(Json.compact(path));
            }
            Entry e = entries.get(path);
            line.append(", \"size\": ").append(e.size()).append(", \"sha256\": \"").append(e.sha256()).append("\"}");
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether JSON writes this text as it is between its quotes: printable ASCII, with no quote or backslash. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void json(com.fasterxml.jackson.core.JsonGenerator g) throws java.io.IOException {
        Map<String, Entry> sorted = new TreeMap<>(entries);
        g.writeStartObject();
        g.writeStringField("compression", compression);
        g.writeArrayFieldStart("files");
        for (Map.Entry<String, Entry> e : sorted.entrySet()) {
            g.writeStartObject();
            g.writeStringField("path", e.getKey());
            g.writeNumberField("size", e.getValue().size());
            g.writeStringField("sha256", e.getValue().sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }


    /**
     * Each file of a published output's manifest ({@code /about/index.html}) and its SHA-256, whatever the
     * compression settings; empty when there is no manifest or it cannot be read. Reads only what
     * {@link #json()} writes.
     */
    public static Map<String, String> hashes(Path output) {
        Map<String, String> found = new TreeMap<>();
        previous(output, null).forEach((path, entry) -> found.put(path, entry.sha256()));
        return found;
    }

    /**
     * The files of an earlier build's manifest, when it was made with the same compression settings (any, when
     * {@code compression} is null);
     * otherwise (no manifest, another version of the portal, a file edited by hand) nothing, and every
     * file is compressed afresh. Takes only entries of the shape {@link #json()} writes.
     */
    static Map<String, Entry> previous(Path output, String compression) {
        return read(output.resolve(PATH.substring(1)), compression);
    }

    /**
     * Each file a manifest lists ({@code /about/index.html}) and its SHA-256: {@code manifest} is a
     * {@code manifest.json} file, or a built site's folder holding one. Empty when there is none or it cannot be
     * read, as for a first build, or a live site not published yet.
     */
    public static Map<String, String> files(Path manifest) {
        Path file = Files.isDirectory(manifest) ? manifest.resolve(PATH.substring(1)) : manifest;
        Map<String, String> found = new TreeMap<>();
        read(file, null).forEach((path, entry) -> found.put(path, entry.sha256()));
        return found;
    }

    /**
     * Reads a manifest laid out exactly as {@link #write} lays one out, with plain paths ({@link #plain}), line by
     * line, into {@code found}; false at the first line that is not so (then the JSON reader reads it, or refuses
     * it), or when its compression is not {@code compression} (null: any). Reading a manifest of 40,000 files as
     * JSON into maps and lists took a tenth of a second of every build.
     */
    static boolean quickly(String text, String compression, Map<String, Entry> found) {
        String head = "{\n  \"compression\": \"";
        int nl = text.indexOf('\n', head.length());
        if (!text.startsWith(head) || nl < head.length() + 2 || !text.startsWith("\",", nl - 2)) {
            return false;
        }
        String settings = text.substring(head.length(), nl - 2);
        if (!plain(settings) || compression != null && !compression.equals(settings)) {
            return false;
        }
        int at = nl + 1;
        String files = "  \"files\": [";
        if (!text.startsWith(files, at)) {
            return false;
        }
        at += files.length();
        if (text.startsWith("]\n}\n", at)) {
            return at + 4 == text.length();
        }
        String open = "\n    {\"path\": \"";
        String size = "\", \"size\": ";
        String sha = ", \"sha256\": \"";
        while (true) {
            if (!text.startsWith(open, at)) {
                return false;
            }
            int pathStart = at + open.length();
            int pathEnd = text.indexOf('"', pathStart);
            if (pathEnd < 0 || !text.startsWith(size, pathEnd)) {
                return false;
            }
            String path = text.substring(pathStart, pathEnd);
            int digits = pathEnd + size.length();
            int digitsEnd = digits;
            while (digitsEnd < text.length() && digitsEnd - digits < 18 && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
                digitsEnd++;
            }
            if (digitsEnd == digits || digitsEnd - digits > 1 && text.charAt(digits) == '0' || !text.startsWith(sha, digitsEnd)) {
                return false;
            }
            int hashStart = digitsEnd + sha.length();
            if (hashStart + 66 > text.length() || text.charAt(hashStart + 64) != '"' || text.charAt(hashStart + 65) != '}') {
                return false;
            }
            String hash = text.substring(hashStart, hashStart + 64);
            if (!plain(path) || !lowerHex(hash)) {
                return false;
            }
            found.put(path, new Entry(Long.parseLong(text, digits, digitsEnd, 10), hash));
            at = hashStart + 66;
            if (text.startsWith(",", at)) {
                at++;
            } else {
                return text.startsWith("\n  ]\n}\n", at) && at + 7 == text.length();
            }
        }
    }

    private static boolean lowerHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Entry> read(Path file, String compression) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 256L * 1024 * 1024) {
                return new HashMap<>();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Entry> found = new HashMap<>();
            return quickly(text, compression, found) ? found : parsed(text, compression);
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // unreadable: compress everything again
        }
    }

    /** Whether {@code file} is a manifest: JSON with a list of files (none, for a site not yet published). */
    public static boolean readable(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= 256L * 1024 * 1024 && Json.read(Files.readString(file, StandardCharsets.UTF_8)) instanceof Map<?, ?> root
                    && root.get("files") instanceof List<?>;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A manifest's valid entries, read as JSON: whatever its layout, it gives what {@link #quickly} gives. */
    static Map<String, Entry> parsed(String text, String compression) {
        Map<String, Entry> found = new HashMap<>();
        try {
            if (!(Json.read(text) instanceof Map<?, ?> root)
                    || compression != null && !compression.equals(root.get("compression"))
                    || !(root.get("files") instanceof List<?> files)) {
                return found;
            }
            for (Object f : files) {
                if (f instanceof Map<?, ?> m && m.get("path") instanceof String path && m.get("sha256") instanceof String sha
                        && sha.length() == 64 && lowerHex(sha) && m.get("size") instanceof Number size && size.longValue() >= 0
                        && (size instanceof Integer || size instanceof Long)) {
                    found.put(path, new Entry(size.longValue(), sha));
                }
            }
        } catch (RuntimeException e) {
            found.clear(); // unreadable: compress everything again
        }
        return found;
    }
}
