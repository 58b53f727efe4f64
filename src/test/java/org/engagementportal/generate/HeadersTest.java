package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The _headers file of small sites, rule by rule. */
class HeadersTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    static final String SITE = """
            -- content/index.md --
            ---
            title: Have your say
            summary: Share your views on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            aliases: [/who-we-are/]
            ---
            We plan health services.
            -- content/annual-report.csv --
            year,spend
            2025,100
            -- content/consultations/clinic.md --
            ---
            title: A new clinic
            summary: Tell us what the new clinic should offer.
            topics: [dentistry]
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            -- assets/fonts/frutiger.woff2 --
            not really a font
            """;

    /** The rules of a _headers file: each path pattern with its headers, in the file's order. */
    static List<Map.Entry<String, Map<String, String>>> rules(String text) {
        List<Map.Entry<String, Map<String, String>>> out = new ArrayList<>();
        Matcher block = Pattern.compile("(?m)^(/\\S*)\\n((?:[ \\t]+.*\\n?)*)").matcher(text);
        while (block.find()) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : block.group(2).strip().split("\\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            out.add(Map.entry(block.group(1), headers));
        }
        return out;
    }

    /** The content types but the search index's words', which Map.of cannot take as one more pair. */
    static Map<String, String> withoutWords(Map<String, String> types) {
        Map<String, String> rest = new LinkedHashMap<>(types);
        rest.remove("/search/words/*");
        return rest;
    }

    static boolean matches(String pattern, String path) {
        return path.matches("^" + Pattern.quote(pattern).replace("*", "\\E.*\\Q") + "$");
    }

    @Test
    void securityForAllThenTheImmutableStylesheetThenShortCachingThenContentTypes() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
        var rules = rules(built.file("/_headers").text());
        assertEquals("/*", rules.get(0).getKey());
        // Written out here, not taken from the generator: a header dropped or loosened there must fail this test.
        assertEquals(Map.of(
                "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                        + "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
                "X-Frame-Options", "DENY",
                "Cross-Origin-Opener-Policy", "same-origin"), rules.get(0).getValue(), "every security header, and no caching for everything");
        String css = built.page("/").selectFirst("link[rel=stylesheet]").attr("href");
        assertEquals(Map.entry(css, Map.of("Cache-Control", HeadersGenerator.IMMUTABLE)), rules.get(1));
        List<String> shortCache = rules.stream().filter(r -> HeadersGenerator.SHORT.equals(r.getValue().get("Cache-Control")))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of("/", "/404.html", "/a-z/*", "/about/*", "/annual-report.csv", "/areas/*", "/assets/fonts/*", "/assets/images/*",
                "/bulletins/*", "/calendar.ics", "/consultations/*", "/events/*", "/get-updates/*", "/governing-body/*",
                "/index.html", "/manifest.json", "/meetings/*", "/open-data/*", "/robots.txt", "/search/*", "/sitemap.xml",
                "/status-changes.json", "/topics/*", "/who-we-are/*", "/you-said-we-did/*"), shortCache,
                "one rule per top-level folder or file, the home page by both its names, the redirect page's folder too");
        Map<String, String> types = new LinkedHashMap<>();
        rules.stream().filter(r -> r.getValue().containsKey("Content-Type")).forEach(r -> types.put(r.getKey(), r.getValue().get("Content-Type")));
        assertEquals(Map.of("/*.ics", "text/calendar; charset=utf-8", "/*/atom.xml", "application/atom+xml; charset=utf-8",
                "/*/feed.json", "application/feed+json; charset=utf-8", "/*/feed.xml", "application/rss+xml; charset=utf-8",
                "/manifest.json", "application/json; charset=utf-8", "/status-changes.json", "application/json; charset=utf-8",
                "/*/engagement.json", "application/json; charset=utf-8", "/*/engagement.schema.json", "application/json; charset=utf-8",
                "/*/index.json", "application/json; charset=utf-8", "/search/pages/*", "application/json; charset=utf-8"),
                withoutWords(types));
        assertEquals("application/json; charset=utf-8", types.get("/search/words/*"), "one rule for the search index's words");
        String script = built.page("/search/").selectFirst("script[src]").attr("src");
        assertEquals(Map.entry(script, Map.of("Cache-Control", HeadersGenerator.IMMUTABLE)), rules.get(2), "the search script too");
        assertEquals(3 + shortCache.size() + types.size(), rules.size(), "no other rules");
    }

    @Test
    void everyFileAReaderCanAskForHasExactlyOneCachingRule() throws IOException {
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
        var rules = rules(built.file("/_headers").text());
        List<String> paths;
        try (Stream<Path> walk = Files.walk(built.out())) {
            paths = walk.filter(Files::isRegularFile).map(p -> "/" + built.out().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith(".gz") && !p.endsWith(".br") && !p.equals("/_headers") && !p.equals("/_redirects"))
                    .flatMap(p -> p.endsWith("/index.html") ? Stream.of(p, p.substring(0, p.length() - "index.html".length())) : Stream.of(p))
                    .toList();
        }
        assertTrue(paths.contains("/assets/fonts/frutiger.woff2") && paths.contains("/annual-report.csv"), paths.toString());
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            long caching = rules.stream().filter(r -> r.getValue().containsKey("Cache-Control") && matches(r.getKey(), path)).count();
            long types = rules.stream().filter(r -> r.getValue().containsKey("Content-Type") && matches(r.getKey(), path)).count();
            if (caching != 1 || types > 1) {
                problems.add(path + ": " + caching + " caching rules, " + types + " content types");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void overAHundredRulesWarnsThatCloudflareReadsOnlyTheFirstHundred() {
        StringBuilder block = new StringBuilder(SITE);
        for (int i = 1; i <= 80; i++) {
            block.append("-- content/service-").append(i).append(".md --\n---\ntitle: Service ").append(i)
                    .append("\nsummary: About service ").append(i).append(".\n---\nText.\n");
        }
        TextSite.Built built = TextSite.write(dir.resolve("site"), block.toString()).build(dir.resolve("out"), NOW);
        int count = rules(built.file("/_headers").text()).size();
        assertTrue(count > 100, "rules: " + count);
        built.warned("warning: the _headers file has " + count + " rules, and Cloudflare Pages reads only the first 100",
                "publish with Netlify or nginx");
        assertEquals("/*", rules(built.file("/_headers").text()).get(0).getKey(), "the security headers still come first");
    }

    @Test
    void aHundredRulesOrFewerGiveNoWarning() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
        assertFalse(built.printed().contains("_headers"), built.printed());
    }

    @Test
    void theRulesDoNotDependOnTheOrderThePathsComeIn() {
        List<String> paths = new ArrayList<>(List.of("/index.html", "/404.html", "/robots.txt", "/feed.xml", "/calendar.ics",
                "/consultations/index.html", "/consultations/feed.xml", "/consultations/atom.xml", "/consultations/feed.json",
                "/search/index.json", "/search/words/den.json", "/search/words/dent.json", "/search/pages/0.json",
                "/open-data/consultations.json", "/open-data/index.html", "/assets/portal.0123abcd.css",
                "/assets/portal.0123abcd.js", "/assets/icons/favicon.svg", "/assets/search.js", "/manifest.json",
                "/_headers", "/_redirects", "/status-changes.json", "/meetings/2026-01-14/calendar.ics"));
        java.util.SortedSet<String> fingerprinted = new java.util.TreeSet<>(List.of("/assets/portal.0123abcd.css",
                "/assets/portal.0123abcd.js"));
        List<String> sorted = HeadersGenerator.rules(new java.util.TreeSet<>(paths), fingerprinted);
        java.util.Random random = new java.util.Random(20261129);
        for (int i = 0; i < 50; i++) {
            java.util.Collections.shuffle(paths, random);
            assertEquals(sorted, HeadersGenerator.rules(new java.util.LinkedHashSet<>(paths), fingerprinted), paths.toString());
        }
        assertTrue(sorted.size() > 8, sorted.toString());
    }
}
