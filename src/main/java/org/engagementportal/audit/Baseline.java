package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementportal.source.Json;

/**
 * Known issues accepted for now, one per rule, page and element, committed with the site
 * ({@code .a11y-baseline.json}). An issue not in it fails the audit; an entry no longer found is reported so
 * the file shrinks. Counts never decide: a fix and a new problem cannot cancel out.
 */
public record Baseline(SortedSet<String> accepted) {

    public static Baseline empty() {
        return new Baseline(new TreeSet<>());
    }

    @SuppressWarnings("unchecked")
    public static Baseline read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            Map<String, Object> root = (Map<String, Object>) Json.read(Files.readString(file));
            TreeSet<String> keys = new TreeSet<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) root.getOrDefault("accepted", List.of())) {
                keys.add(e.get("code") + " " + e.get("page") + " " + e.get("selector"));
            }
            return new Baseline(keys);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(Pa11yConfig.notUtf8(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Json.Malformed | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(file + " is not a baseline the audit can read: it must be JSON like "
                    + "{\"accepted\": [{\"code\": \"color-contrast\", \"page\": \"/about/\", \"selector\": \"p\"}]}. "
                    + "Fix it, or delete it and run portal audit --update-baseline to write it again.");
        }
    }

    public boolean accepts(String key) {
        return accepted.contains(key);
    }

    /** Writes the given issue keys as the new baseline, sorted so the file diffs cleanly. */
    public static void write(Path file, SortedSet<String> keys) {
        String json = Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("accepted");
            for (String key : keys) {
                String[] parts = key.split(" ", 3);
                g.writeStartObject();
                g.writeStringField("code", parts[0]);
                g.writeStringField("page", parts[1]);
                g.writeStringField("selector", parts[2]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, "/accepted");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
