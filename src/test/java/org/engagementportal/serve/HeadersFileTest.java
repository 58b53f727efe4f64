package org.engagementportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.generate.HeadersGenerator;
import org.engagementportal.testing.Portal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The _headers file of the example portal: every file a reader can request gets every security header
 * once, and exactly one Cache-Control (a year for the fingerprinted stylesheet, minutes for the rest),
 * whichever rules match it; feeds, calendars and JSON their content types. And the in-process server
 * sends them, with the compressed copy the browser accepts.
 */
class HeadersFileTest {
    @TempDir
    static Path out;
    static HeaderRules rules;
    static String headersText;

    @BeforeAll
    static void build() throws IOException {
        Portal.buildExample(out);
        headersText = Files.readString(out.resolve("_headers"));
        rules = HeaderRules.parse(headersText);
    }

    /** Every address a reader can ask for: each file, and each page's clean address. */
    static List<String> requestPaths() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> "/" + out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith(".gz") && !p.endsWith(".br") && !p.equals("/_headers") && !p.equals("/_redirects"))
                    .flatMap(p -> p.endsWith("/index.html") ? Stream.of(p, p.substring(0, p.length() - "index.html".length())) : Stream.of(p))
                    .sorted().toList();
        }
    }

    /** How many rules set a header on a path: a header set twice would be joined into nonsense. */
    static int timesSet(String path, String header) {
        int n = 0;
        Matcher block = Pattern.compile("(?m)^(\\S+)\\n((?:[ \\t]+.*\\n?)*)").matcher(headersText);
        while (block.find()) {
            String regex = "^" + Pattern.quote(block.group(1)).replace("*", "\\E.*\\Q") + "$";
            if (path.matches(regex) && block.group(2).contains(header + ":")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void everyFileGetsEachSecurityHeaderOnce() throws IOException {
        List<String> paths = requestPaths();
        assertTrue(paths.size() > 150, "files: " + paths.size());
        for (String path : paths) {
            Map<String, String> h = rules.forPath(path);
            HeadersGenerator.SECURITY.forEach((name, value) -> assertEquals(value, h.get(name), name + " on " + path));
            assertEquals(1, timesSet(path, "Cache-Control"), "Cache-Control rules for " + path);
            // The fingerprinted stylesheet and search script are cached for ever; their names change when they do.
            String expected = path.matches("/assets/(portal\\.[0-9a-f]{10}\\.css|search\\.[0-9a-f]{10}\\.js)")
                    ? HeadersGenerator.IMMUTABLE : HeadersGenerator.SHORT;
            assertEquals(expected, h.get("Cache-Control"), path);
            assertTrue(timesSet(path, "Content-Type") <= 1, path);
        }
    }

    @Test
    void theContentSecurityPolicyIsStrict() {
        // Written out here, directive by directive, not taken from the code that writes it: a policy that let script or
        // style in from anywhere but the site's own files ('self' https:, 'unsafe-hashes', a nonce) must fail this test.
        Map<String, String> directives = new java.util.TreeMap<>();
        for (String d : HeadersGenerator.SECURITY.get("Content-Security-Policy").split(";")) {
            String[] nameAndSources = d.strip().split("\\s+", 2);
            assertEquals(null, directives.put(nameAndSources[0], nameAndSources.length > 1 ? nameAndSources[1] : ""), "twice: " + d);
        }
        assertEquals(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("default-src", "'self'"), Map.entry("script-src", "'self'"), Map.entry("style-src", "'self'"),
                Map.entry("img-src", "'self'"), Map.entry("font-src", "'self'"), Map.entry("connect-src", "'self'"),
                Map.entry("media-src", "'self'"), Map.entry("object-src", "'none'"), Map.entry("base-uri", "'self'"),
                Map.entry("form-action", "'self'"), Map.entry("frame-ancestors", "'none'"))), directives);
    }

    @Test
    void feedsCalendarsAndJsonHaveTheirOwnContentTypes() {
        assertEquals("application/rss+xml; charset=utf-8", rules.forPath("/consultations/feed.xml").get("Content-Type"));
        assertEquals("application/atom+xml; charset=utf-8", rules.forPath("/bulletins/weekly/atom.xml").get("Content-Type"));
        assertEquals("application/feed+json; charset=utf-8", rules.forPath("/topics/dentistry/feed.json").get("Content-Type"));
        assertEquals("text/calendar; charset=utf-8", rules.forPath("/governing-body/calendar.ics").get("Content-Type"));
        assertEquals("application/json; charset=utf-8", rules.forPath("/status-changes.json").get("Content-Type"));
    }

    @Test
    void theServerSendsTheHeadersAndTheCompressedCopyTheBrowserAccepts() throws Exception {
        try (StaticServer server = StaticServer.start(out)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(server.base().resolve("/consultations/"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, page.statusCode());
            assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
            assertEquals(HeadersGenerator.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals(HeadersGenerator.SHORT, page.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes();
            assertEquals(Files.readString(out.resolve("consultations/index.html")), new String(plain, java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> feed = client.send(HttpRequest.newBuilder(server.base().resolve("/consultations/feed.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("application/rss+xml; charset=utf-8", feed.headers().firstValue("Content-Type").orElse(""));
            assertTrue(feed.headers().firstValue("Content-Encoding").isEmpty(), "no encoding the client did not ask for");
            URI css = server.base().resolve(Files.list(out.resolve("assets")).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("portal\\..*\\.css")).map(n -> "/assets/" + n).findFirst().orElseThrow());
            assertEquals(HeadersGenerator.IMMUTABLE, client.send(HttpRequest.newBuilder(css).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("Cache-Control").orElse(""));
        }
    }
}
