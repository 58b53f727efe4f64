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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.source.JsonText;

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

    byte[] json() {
        StringBuilder json = new StringBuilder(128 + entries.size() * 120);
        json.append("{\n  \"compression\": ").append(JsonText.quote(compression)).append(",\n  \"files\": [");
        boolean first = true;
        for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
            json.append(first ? "\n" : ",\n").append("    {\"path\": ").append(JsonText.quote(e.getKey()))
                    .append(", \"size\": ").append(e.getValue().size())
                    .append(", \"sha256\": ").append(JsonText.quote(e.getValue().sha256())).append('}');
            first = false;
        }
        json.append(first ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern COMPRESSION = Pattern.compile("^  \"compression\": \"([^\"\\\\]*)\",$", Pattern.MULTILINE);
    private static final Pattern FILE = Pattern.compile(
            "^    \\{\"path\": \"([^\"\\\\]*)\", \"size\": (\\d{1,18}), \"sha256\": \"([0-9a-f]{64})\"}", Pattern.MULTILINE);

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
     * file is compressed afresh. Reads only what {@link #json()} writes.
     */
    static Map<String, Entry> previous(Path output, String compression) {
        Path file = output.resolve(PATH.substring(1));
        Map<String, Entry> found = new HashMap<>();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 256L * 1024 * 1024) {
                return found;
            }
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Matcher c = COMPRESSION.matcher(json);
            if (compression != null && (!c.find() || !c.group(1).equals(compression))) {
                return found;
            }
            Matcher m = FILE.matcher(json);
            while (m.find()) {
                found.put(m.group(1), new Entry(Long.parseLong(m.group(2)), m.group(3)));
            }
        } catch (IOException | RuntimeException e) {
            found.clear(); // unreadable: compress everything again
        }
        return found;
    }
}
