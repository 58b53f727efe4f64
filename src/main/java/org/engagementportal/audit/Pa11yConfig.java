package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * The parts of a pa11y-ci {@code .pa11yci} file the audit honours: from {@code defaults}, standard (WCAG2A
 * or WCAG2AA), ignore (rule codes), hideElements (CSS selectors left out), timeout, wait, viewport; and
 * {@code urls}, strings or objects with their own options, to audit only those pages. {@code threshold}
 * is read and reported as ignored: the baseline decides, never a count.
 */
public record Pa11yConfig(List<String> tags, List<String> ignore, List<String> hide, int timeoutMs, int waitMs, int width,
                          int height, List<String> urls, boolean thresholdIgnored) {

    public static Pa11yConfig defaults() {
        return new Pa11yConfig(AxeAudit.TAGS, List.of(), List.of(), 30_000, 0, 1280, 1024, List.of(), false);
    }

    /** Reads {@code file}; a mistake in it is an IllegalArgumentException saying what is wrong. */
    public static Pa11yConfig read(Path file) {
        Map<String, Object> root;
        try {
            root = new Json().toType(Files.readString(file), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        try {
            return settings(root, file);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(file + " has a setting of the wrong kind: 'ignore' and 'urls' are lists, "
                    + "'hideElements' and 'standard' are text, 'timeout' and 'wait' are numbers, 'viewport' has a width and a height.");
        }
    }

    private static final java.lang.reflect.Type MAP = new org.openqa.selenium.json.TypeToken<Map<String, Object>>() { }.getType();

    @SuppressWarnings("unchecked")
    private static Pa11yConfig settings(Map<String, Object> root, Path file) {
        Map<String, Object> d = (Map<String, Object>) root.getOrDefault("defaults", Map.of());
        String standard = String.valueOf(d.getOrDefault("standard", "WCAG2AA"));
        List<String> tags = switch (standard) {
            case "WCAG2A" -> List.of("wcag2a", "wcag21a", "wcag22a");
            case "WCAG2AA", "WCAG2AAA" -> AxeAudit.TAGS;
            default -> throw new IllegalArgumentException(file + ": 'standard' must be WCAG2A, WCAG2AA or WCAG2AAA, not " + standard);
        };
        List<String> ignore = ((List<Object>) d.getOrDefault("ignore", List.of())).stream().map(String::valueOf).toList();
        List<String> hide = new ArrayList<>();
        Object hideElements = d.get("hideElements");
        if (hideElements != null) {
            Arrays.stream(String.valueOf(hideElements).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(hide::add);
        }
        int timeout = ((Number) d.getOrDefault("timeout", 30_000)).intValue();
        int wait = ((Number) d.getOrDefault("wait", 0)).intValue();
        Map<String, Object> viewport = (Map<String, Object>) d.getOrDefault("viewport", Map.of());
        int width = ((Number) viewport.getOrDefault("width", 1280)).intValue();
        int height = ((Number) viewport.getOrDefault("height", 1024)).intValue();
        List<String> urls = new ArrayList<>();
        for (Object u : (List<Object>) root.getOrDefault("urls", List.of())) {
            urls.add(u instanceof Map<?, ?> m ? String.valueOf(m.get("url")) : String.valueOf(u));
        }
        return new Pa11yConfig(tags, ignore, List.copyOf(hide), timeout, wait, width, height, List.copyOf(urls),
                d.containsKey("threshold"));
    }
}
