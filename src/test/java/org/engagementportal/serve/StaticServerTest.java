package org.engagementportal.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.brotli.dec.BrotliInputStream;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-process server the browser checks use, against a real socket on a free port: clean addresses,
 * the 404 page, the site's {@code _headers}, content types, compressed copies only for browsers that take
 * them, and nothing outside the folder however the address is spelt.
 */
class StaticServerTest {
    static final String CSP = "default-src 'self'; object-src 'none'";
    static final String SECRET = "the password is swordfish";

    @TempDir
    static Path dir;
    static Path root;
    static byte[] css;
    static StaticServer server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        root = dir.resolve("public");
        write("index.html", "<!DOCTYPE html><title>Home</title><h1>Home</h1>");
        write("about/index.html", "<!DOCTYPE html><title>About</title><h1>About us</h1>");
        write("404.html", "<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>");
        write("empty/notes.txt", "a folder without a page");
        write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"/>");
        write("pictures/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("papers/plan.pdf", "%PDF-1.7");
        write("site.webmanifest", "{}");
        write("data.bin", "\u0000\u0001");
        write("a+b.txt", "plus");
        write("my file.txt", "space");
        write("_headers", """
                # every file
                /*
                  Content-Security-Policy: %s
                  X-Content-Type-Options: nosniff
                /assets/*
                  Cache-Control: public, max-age=31536000, immutable
                /feed.xml
                  Content-Type: application/rss+xml; charset=utf-8
                """.formatted(CSP));
        css = ".nhsuk-header { color: #005eb8; }\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        TestSite.writeBytes(root.resolve("assets/site.css"), css);
        TestSite.writeBytes(root.resolve("assets/site.css.gz"), gzip(css));
        Brotli4jLoader.ensureAvailability();
        TestSite.writeBytes(root.resolve("assets/site.css.br"), Encoder.compress(css));
        write("../secret.txt", SECRET);
        server = StaticServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void write(String path, String text) {
        TestSite.writeBytes(root.resolve(path).normalize(), text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path.substring(1)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** Sends a request line exactly as written (an HTTP client would tidy the path) and returns the whole response. */
    static String raw(String path) throws IOException {
        try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesOnTheLoopbackAddress() {
        assertEquals("127.0.0.1", server.base().getHost());
        assertTrue(server.base().getPort() > 0);
        assertEquals("/", server.base().getPath());
    }

    @Test
    void aFolderIsServedAsItsPageAtItsCleanAddress() throws Exception {
        HttpResponse<byte[]> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(text(home).contains("<h1>Home</h1>"));
        HttpResponse<byte[]> about = get("/about/");
        assertEquals(200, about.statusCode());
        assertEquals(Files.readString(root.resolve("about/index.html")), text(about));
        assertEquals(text(about), text(get("/about/index.html")));
    }

    @Test
    void aFolderAddressWithoutItsSlashIsRedirectedToIt() throws Exception {
        HttpResponse<byte[]> response = get("/about");
        assertEquals(301, response.statusCode());
        assertEquals("/about/", header(response, "Location"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/no-such-page/", "/about/missing.html", "/empty/", "/empty", "/index.html/x"})
    void whatIsMissingGetsTheNotFoundPageWithStatus404(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(404, response.statusCode());
        assertTrue(text(response).contains("<h1>Page not found</h1>"), text(response));
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals(CSP, header(response, "Content-Security-Policy"), "the not-found page is protected too");
    }

    /** A site built for https://www.example.nhs.uk/engagement/ links to /engagement/about/: it is served there. */
    @Test
    void aSiteBuiltForAFolderIsServedInThatFolderAndNowhereElse() throws Exception {
        try (StaticServer mounted = StaticServer.start(root, "/engagement/")) {
            assertEquals("/engagement/", mounted.base().getPath());
            HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            java.util.function.Function<String, HttpResponse<String>> get = path -> {
                try {
                    return noRedirects.send(HttpRequest.newBuilder(mounted.base().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            assertTrue(get.apply("/engagement/about/").body().contains("About us"));
            assertTrue(get.apply("/engagement/").body().contains("<h1>Home</h1>"));
            assertEquals("nosniff", get.apply("/engagement/about/").headers().firstValue("X-Content-Type-Options").orElse(""),
                    "_headers rules are for addresses inside the folder");
            HttpResponse<String> bare = get.apply("/engagement");
            assertEquals(301, bare.statusCode());
            assertEquals("/engagement/", bare.headers().firstValue("Location").orElse(""));
            HttpResponse<String> outside = get.apply("/about/");
            assertEquals(404, outside.statusCode());
            assertTrue(outside.body().contains("Page not found"));
            assertEquals(404, get.apply("/engagement/../secret.txt").statusCode());
            assertFalse(get.apply("/engagement/%2e%2e/secret.txt").body().contains(SECRET));
        }
        assertThrows(IllegalArgumentException.class, () -> StaticServer.start(root, "engagement"));
    }

    @Test
    void aSiteWithoutANotFoundPageAnswers404WithNoBody(@TempDir Path bare) throws Exception {
        TestSite.writeBytes(bare.resolve("index.html"), "<h1>Bare</h1>".getBytes(StandardCharsets.UTF_8));
        try (StaticServer own = StaticServer.start(bare)) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(own.base().resolve("/missing/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            assertEquals("", response.body());
            HttpResponse<String> home = CLIENT.send(HttpRequest.newBuilder(own.base()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("<h1>Bare</h1>", home.body());
            assertTrue(home.headers().firstValue("Content-Security-Policy").isEmpty(), "no _headers file, no headers from it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../secret.txt", "/about/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
            "/..%2fsecret.txt", "/about/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt", "/./../secret.txt",
            "/about/.%2e/.%2e/secret.txt"})
    void nothingOutsideTheFolderIsServedHoweverTheAddressIsSpelt(String path) throws IOException {
        String response = raw(path);
        assertFalse(response.contains(SECRET), response);
        assertTrue(response.startsWith("HTTP/1.1 404 ") || response.startsWith("HTTP/1.1 400 "), response);
    }

    @Test
    void anAbsolutePathOnTheMachineIsReadAsAnAddressOnTheSite() throws IOException {
        String response = raw("/" + dir.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/'));
        assertFalse(response.contains(SECRET), response);
        assertTrue(response.startsWith("HTTP/1.1 404 "), response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/%zz", "/a%00b.txt", "/%"})
    void anAddressThatIsNoFileNameIsNotFoundAndTheServerGoesOn(String path) throws Exception {
        String response = raw(path);
        assertTrue(response.startsWith("HTTP/1.1 404 ") || response.startsWith("HTTP/1.1 400 "), "answered: " + response);
        assertEquals(200, get("/").statusCode(), "still serving");
    }

    @Test
    void spacesAndPlusSignsInAddressesAreTheFileNamesCharacters() throws Exception {
        assertEquals("plus", text(get("/a+b.txt")));
        assertEquals("space", text(get("/my%20file.txt")));
        assertEquals("plus", text(get("/a%2Bb.txt")));
        assertEquals(404, get("/a%20b.txt").statusCode(), "a plus in the path is not a space, as it is in a query");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /                  | text/html; charset=utf-8
            /assets/site.css   | text/css; charset=utf-8
            /pictures/logo.svg | image/svg+xml
            /papers/plan.pdf   | application/pdf
            /site.webmanifest  | application/manifest+json
            /a+b.txt           | text/plain; charset=utf-8
            /data.bin          | application/octet-stream
            /feed.xml          | application/rss+xml; charset=utf-8
            """)
    void eachKindOfFileHasItsContentType(String path, String type) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals(type, header(response, "Content-Type"));
        assertEquals(1, response.headers().allValues("Content-Type").size(), "one type, the _headers file's where it sets one");
    }

    @Test
    void theHeadersFileAppliesToTheFilesItsRulesMatch() throws Exception {
        HttpResponse<byte[]> page = get("/about/");
        assertEquals(CSP, header(page, "Content-Security-Policy"));
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("", header(page, "Cache-Control"), "the assets rule is not the page's");
        HttpResponse<byte[]> asset = get("/assets/site.css");
        assertEquals("public, max-age=31536000, immutable", header(asset, "Cache-Control"));
        assertEquals(CSP, header(asset, "Content-Security-Policy"));
    }

    @Test
    void brotliIsPreferredWhenTheBrowserTakesIt() throws Exception {
        HttpResponse<byte[]> response = get("/assets/site.css", "Accept-Encoding", "gzip, deflate, br, zstd");
        assertEquals("br", header(response, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(response, "Vary"));
        assertEquals("text/css; charset=utf-8", header(response, "Content-Type"), "the type of what it decompresses to");
        assertArrayEquals(css, new BrotliInputStream(new ByteArrayInputStream(response.body())).readAllBytes());
    }

    @Test
    void gzipIsSentToABrowserThatTakesOnlyGzip() throws Exception {
        HttpResponse<byte[]> response = get("/assets/site.css", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(response, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(response, "Vary"));
        assertArrayEquals(css, new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes());
    }

    @ParameterizedTest(name = "Accept-Encoding: {0}")
    @ValueSource(strings = {"", "identity", "deflate", "gzip;q=0, br;q=0", "br;q=0,gzip;q=0.0", "*;q=0"})
    void theFileItselfIsSentToABrowserThatTakesNeither(String accepted) throws Exception {
        HttpResponse<byte[]> response = accepted.isEmpty() ? get("/assets/site.css") : get("/assets/site.css", "Accept-Encoding", accepted);
        assertEquals("", header(response, "Content-Encoding"));
        assertArrayEquals(css, response.body());
        assertEquals("Accept-Encoding", header(response, "Vary"), "a cache must not hand this answer to a browser that takes br");
    }

    @ParameterizedTest(name = "Accept-Encoding: {0} takes gzip: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gzip                  | true
            GZIP                  | true
            deflate, gzip;q=0.5   | true
            gzip ; q=1            | true
            br;q=0, gzip          | true
            gzip;q=0              | false
            gzip;Q=0.000          | false
            gzip;q=nonsense       | false
            gzipped, x-gzip-like  | false
            br                    | false
            """)
    void acceptEncodingIsReadNameByName(String header, boolean takesGzip) {
        assertEquals(takesGzip, StaticServer.accepts(header, "gzip"));
    }

    @Test
    void aFileWithoutCompressedCopiesIsSentAsItIsWithoutVary() throws Exception {
        HttpResponse<byte[]> response = get("/about/", "Accept-Encoding", "br, gzip");
        assertEquals("", header(response, "Content-Encoding"));
        assertEquals("", header(response, "Vary"));
        assertTrue(text(response).contains("About us"));
    }

    @Test
    void aCopyOlderThanItsFileIsNotSent(@TempDir Path site) throws Exception {
        byte[] old = "body { color: black }\n".repeat(80).getBytes(StandardCharsets.UTF_8);
        byte[] changed = "body { color: #212b32 }\n".repeat(80).getBytes(StandardCharsets.UTF_8);
        Path file = site.resolve("style.css");
        TestSite.writeBytes(site.resolve("style.css.gz"), gzip(old));
        TestSite.writeBytes(file, changed);
        Instant now = Instant.now();
        Files.setLastModifiedTime(site.resolve("style.css.gz"), FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(file, FileTime.from(now));
        try (StaticServer own = StaticServer.start(site)) {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(own.base().resolve("/style.css"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("", header(response, "Content-Encoding"), "the page was changed after the build");
            assertArrayEquals(changed, response.body());
            Files.setLastModifiedTime(site.resolve("style.css.gz"), FileTime.from(now));
            response = CLIENT.send(HttpRequest.newBuilder(own.base().resolve("/style.css"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", header(response, "Content-Encoding"), "a copy as new as its file is sent");
        }
    }

    @Test
    void aHeadRequestHasTheHeadersAndNoBody() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(server.base().resolve("/assets/site.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals("text/css; charset=utf-8", header(response, "Content-Type"));
        assertEquals("gzip", header(response, "Content-Encoding"));
        assertEquals("public, max-age=31536000, immutable", header(response, "Cache-Control"));
    }

    @Test
    void aClosedServerNoLongerAnswers(@TempDir Path site) throws Exception {
        TestSite.writeBytes(site.resolve("index.html"), "<h1>x</h1>".getBytes(StandardCharsets.UTF_8));
        URI base;
        try (StaticServer own = StaticServer.start(site)) {
            base = own.base();
            assertEquals(200, CLIENT.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        HttpClient fresh = HttpClient.newHttpClient();
        assertThrows(ConnectException.class, () -> fresh.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.discarding()));
    }
}
