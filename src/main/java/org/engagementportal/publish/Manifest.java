package org.engagementportal.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.engagementportal.source.Json;

/**
 * {@code /manifest.json}: every published file's path, size and SHA-256, sorted by path, so whoever
 * publishes can upload only the files whose hash changed and check the upload file by file. It also names
 * the compression settings, so the next build knows whether the {@code .gz} and {@code .br} copies in this
 * output are the ones it would make.
 */
public final class Manifest {
    static final String PATH = "/manifest.json";

    record Entry(long size, String sha256) {
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
        entries.put(sitePath, new Entry(size, HexFormat.of().formatHex(digest)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    int size() {
        return entries.size();
    }

    /** The site paths listed so far. */
    java.util.Set<String> paths() {
        return java.util.Set.copyOf(entries.keySet());
    }

    byte[] json() {
        return Json.bytes(this::json, "/files");
    }

    /** Writes {@link #json()} into {@code file} as it goes, without holding it all in memory. */
    void write(java.nio.file.Path file) throws java.io.IOException {
        Json.write(file, this::json, "/files");
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

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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

    private static Map<String, Entry> read(Path file, String compression) {
        Map<String, Entry> found = new HashMap<>();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 256L * 1024 * 1024) {
                return found;
            }
            if (!(Json.read(Files.readString(file, StandardCharsets.UTF_8)) instanceof Map<?, ?> root)
                    || compression != null && !compression.equals(root.get("compression"))
                    || !(root.get("files") instanceof List<?> files)) {
                return found;
            }
            for (Object f : files) {
                if (f instanceof Map<?, ?> m && m.get("path") instanceof String path && m.get("sha256") instanceof String sha
                        && SHA256.matcher(sha).matches() && m.get("size") instanceof Number size && size.longValue() >= 0
                        && (size instanceof Integer || size instanceof Long)) {
                    found.put(path, new Entry(size.longValue(), sha));
                }
            }
        } catch (IOException | RuntimeException e) {
            found.clear(); // unreadable: compress everything again
        }
        return found;
    }
}
