package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.engagementportal.serve.StaticServer;
import org.engagementportal.source.JsonText;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;

/**
 * The browser audit of a built site: every page served from the output folder by an in-process server,
 * checked by axe-core in one Chromium session, compared with the baseline. Results are cached by a hash of
 * each page's HTML with the axe version and settings, so an unchanged page is not checked again.
 */
public final class Audit {

    /** What an audit found: issues by page address, which are new, which baselined entries have gone. */
    public record Result(Map<String, List<Issue>> byPage, SortedSet<String> newIssues, SortedSet<String> gone,
                         int checked, int fromCache, double seconds, String tool) {
        public int total() {
            return byPage.values().stream().mapToInt(List::size).sum();
        }
    }

    private Audit() {
    }

    /** The pages of a built site by address ("/about/"), leaving out the little pages that only redirect. */
    public static List<String> pages(Path site) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                if (html.contains("http-equiv=\"refresh\"")) {
                    continue;
                }
                String rel = site.relativize(p).toString().replace('\\', '/');
                out.add("/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Result run(Path site, Pa11yConfig config, Baseline baseline, Path cacheFile) {
        long start = System.nanoTime();
        List<String> pages = pages(site);
        if (!config.urls().isEmpty()) {
            List<String> wanted = config.urls().stream().map(u -> URI.create(u).getPath()).map(p -> p == null || p.isEmpty() ? "/" : p).toList();
            pages = pages.stream().filter(wanted::contains).toList();
        }
        Map<String, Cached> cache = readCache(cacheFile);
        Map<String, Cached> nextCache = new TreeMap<>();
        Map<String, List<Issue>> byPage = new LinkedHashMap<>();
        String tool = "axe-core " + AxeAudit.VERSION + " in Chromium";
        String version = AxeAudit.VERSION + "|" + String.join(",", config.tags()) + "|" + String.join(",", config.hide())
                + "|" + config.width() + "x" + config.height();
        // A page whose HTML (and the axe version and settings) is unchanged since the last audit keeps its results.
        List<String> todo = new ArrayList<>();
        Map<String, String> hashes = new TreeMap<>();
        for (String page : pages) {
            String hash = hash(site.resolve(page.substring(1) + (page.endsWith("/") ? "index.html" : "")), version);
            hashes.put(page, hash);
            Cached hit = cache.get(page);
            if (hit != null && hit.hash().equals(hash)) {
                nextCache.put(page, hit);
            } else {
                todo.add(page);
            }
        }
        if (!todo.isEmpty()) {
            try (StaticServer server = StaticServer.start(site); Chromium browser = new Chromium(config.width(), config.height())) {
                browser.driver().manage().timeouts().pageLoadTimeout(java.time.Duration.ofMillis(config.timeoutMs()));
                AxeAudit axe = new AxeAudit(browser);
                for (String page : todo) {
                    nextCache.put(page, new Cached(hashes.get(page),
                            axe.check(server.base().resolve(page.substring(1)), config.hide(), config.waitMs())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the audit was interrupted", e);
            }
        }
        for (String page : pages) {
            byPage.put(page, nextCache.get(page).issues().stream().filter(i -> !config.ignore().contains(i.code())).toList());
        }
        writeCache(cacheFile, nextCache);
        SortedSet<String> found = new TreeSet<>();
        SortedSet<String> fresh = new TreeSet<>();
        byPage.forEach((page, issues) -> issues.forEach(i -> {
            found.add(i.key(page));
            if (!baseline.accepts(i.key(page))) {
                fresh.add(i.key(page));
            }
        }));
        SortedSet<String> gone = new TreeSet<>(baseline.accepted());
        gone.removeAll(found);
        return new Result(byPage, fresh, gone, todo.size(), pages.size() - todo.size(), (System.nanoTime() - start) / 1e9, tool);
    }

    private record Cached(String hash, List<Issue> issues) {
    }

    private static String hash(Path file, String version) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(version.getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(file));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Cached> readCache(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Map<String, Object>> raw = new Json().toType(Files.readString(file),
                    new TypeToken<Map<String, Map<String, Object>>>() { }.getType());
            Map<String, Cached> out = new TreeMap<>();
            raw.forEach((page, entry) -> {
                List<Issue> issues = new ArrayList<>();
                for (Map<String, Object> i : (List<Map<String, Object>>) entry.get("issues")) {
                    issues.add(new Issue((String) i.get("code"), (String) i.get("type"), ((Number) i.get("typeCode")).intValue(),
                            (String) i.get("message"), (String) i.get("context"), (String) i.get("selector"),
                            (String) i.get("runner"), new LinkedHashMap<>((Map<String, Object>) i.get("runnerExtras"))));
                }
                out.put(page, new Cached((String) entry.get("hash"), issues));
            });
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // an unreadable cache only means checking everything again
        }
    }

    private static void writeCache(Path file, Map<String, Cached> cache) {
        if (file == null) {
            return;
        }
        StringBuilder b = new StringBuilder("{");
        int n = 0;
        for (var e : cache.entrySet()) {
            b.append(n++ == 0 ? "\n" : ",\n").append("  ").append(JsonText.quote(e.getKey())).append(": {\"hash\": ")
                    .append(JsonText.quote(e.getValue().hash())).append(", \"issues\": ").append(Reports.issues(e.getValue().issues(), "  ")).append('}');
        }
        b.append("\n}\n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
