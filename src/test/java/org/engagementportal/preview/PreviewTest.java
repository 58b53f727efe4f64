package org.engagementportal.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.generate.HeadersGenerator;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * {@code portal serve}'s server, over HTTP as a browser uses it, on a copy of the small test site: pages get
 * the preview's script and nothing else changes; its own addresses; and after an edit, the events name the
 * pages that changed, and the problems the pages show are the build's.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard only: nothing here is timed
class PreviewTest {
    static final Pattern TAGS = Pattern.compile("<link rel=\"stylesheet\" href=\"/_portal/preview\\.css\">"
            + "<script src=\"/_portal/preview\\.js\" data-build=\"([^\"]+)\" data-page=\"([^\"]*)\" defer></script>");

    @TempDir
    static Path site;
    static Preview preview;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        TestSite.copy("small", site);
        preview = Preview.bind(options(site), 0, PreviewTest::words, listener((changes, pages) -> { }), stage -> { });
        assertTrue(preview.start());
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    /** A listener that hands each build's changes and changed pages to {@code built}, and fails the test on a failure. */
    static Preview.Listener listener(java.util.function.BiConsumer<Collection<Path>, SortedSet<String>> built) {
        return new Preview.Listener() {
            @Override
            public void built(Pipeline.Result result, Collection<Path> changes, SortedSet<String> pages, long millis) {
                built.accept(changes, pages);
            }

            @Override
            public void failed(RuntimeException e) {
                throw e;
            }
        };
    }

    static Pipeline.Options options(Path site) {
        return new Pipeline.Options(site, Optional.of(site.resolve(Preview.FOLDER)),
                Optional.of(LocalDateTime.parse(TestSite.EXAMPLE_NOW)), Optional.empty());
    }

    /** Stands in for the terminal report's words (the cli's own, tested with it): the problem's one-line form. */
    static ShownProblem.Words words() {
        return p -> new ShownProblem(p.toString(), "", "");
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String path) throws IOException, InterruptedException {
        return new Json().toType(text(path), Map.class);
    }

    @Test
    void aPageIsTheBuiltFileWithThePreviewsTagsAtTheEndOfItsHead() throws Exception {
        HttpResponse<byte[]> page = get("/about/");
        assertEquals(200, page.statusCode());
        String served = new String(page.body(), StandardCharsets.UTF_8);
        Matcher tags = TAGS.matcher(served);
        assertTrue(tags.find(), served);
        assertEquals("/about/", tags.group(2));
        assertTrue(served.substring(tags.end()).startsWith("</head>"), "just before </head>");
        String file = Files.readString(preview.output().resolve("about/index.html"));
        assertEquals(file, served.substring(0, tags.start()) + served.substring(tags.end()), "nothing else differs");
        // The site's own policy, exactly: the script is allowed as the site's own file.
        assertEquals(HeadersGenerator.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow(), "an edit shows on the next load");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<byte[]> missing = get("/no-such-page/");
        assertEquals(404, missing.statusCode());
        Matcher notFound = TAGS.matcher(new String(missing.body(), StandardCharsets.UTF_8));
        assertTrue(notFound.find(), "the 404 page has the script too");
        assertEquals("/404.html", notFound.group(2));
    }

    @Test
    void everyOtherFileIsSentAsBuilt() throws Exception {
        List<String> files;
        try (Stream<Path> walk = Files.walk(preview.output())) {
            files = walk.filter(Files::isRegularFile).map(p -> "/" + preview.output().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith(".html") && !p.endsWith(".gz") && !p.endsWith(".br") && !p.startsWith("/_"))
                    .sorted().toList();
        }
        assertTrue(files.contains("/robots.txt") && files.contains("/sitemap.xml") && files.stream().anyMatch(f -> f.endsWith(".css")),
                files.toString());
        for (String f : files) {
            HttpResponse<byte[]> r = get(f);
            assertEquals(200, r.statusCode(), f);
            assertArrayEquals(Files.readAllBytes(preview.output().resolve(f.substring(1))), r.body(), f);
        }
    }

    @Test
    void theBuildWritesNoneOfThePreview() throws IOException {
        try (Stream<Path> walk = Files.walk(preview.output())) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                assertFalse(p.getFileName().toString().startsWith("preview."), p.toString());
                if (Files.isRegularFile(p) && !p.toString().endsWith(".gz") && !p.toString().endsWith(".br")) {
                    assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains("_portal"), p + " mentions the preview");
                }
            }
        }
    }

    @Test
    void thePreviewsOwnAddresses() throws Exception {
        HttpResponse<byte[]> script = get("/_portal/preview.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(Preview.class.getResourceAsStream("preview.js").readAllBytes(), script.body());
        HttpResponse<byte[]> styles = get("/_portal/preview.css");
        assertEquals("text/css; charset=utf-8", styles.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(styles.body(), StandardCharsets.UTF_8).contains(".portal-preview--errors"));
        assertEquals(404, get("/_portal/nothing").statusCode());

        HttpResponse<byte[]> problems = get("/_portal/problems.json?page=/about/");
        assertEquals("application/json; charset=utf-8", problems.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Map.of("errors", List.of(), "errorsNotShown", 0L, "warnings", List.of()), json("/_portal/problems.json?page=/about/"));
    }

    @Test
    void aPageListsTheWarningsAboutItsOwnFile() throws Exception {
        // The small site's dental consultation has no outcome 12 weeks after it closed: a warning on that file.
        List<?> warnings = (List<?>) json("/_portal/problems.json?page=" + "/consultations/dental-access/").get("warnings");
        assertEquals(1, warnings.size(), warnings.toString());
        String heading = (String) ((Map<?, ?>) warnings.get(0)).get("heading");
        assertTrue(heading.startsWith("content/consultations/dental-access.md:7:9: warning: the outcome"), heading);
        assertEquals(List.of(), json("/_portal/problems.json?page=/consultations/dental-access/easy-read/").get("warnings"),
                "the easy-read version is another file");
    }

    /** The events of one page, read as they come. */
    static final class Events implements AutoCloseable {
        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        private final Thread reader;
        private final HttpResponse<Stream<String>> response;

        Events(String since) throws Exception {
            response = HTTP.send(HttpRequest.newBuilder(preview.address().resolve("/_portal/events?since=" + since)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            reader = new Thread(() -> {
                try {
                    response.body().filter(l -> l.startsWith("data: ")).forEach(l -> data.add(l.substring(6)));
                } catch (RuntimeException e) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** The next build event's message. */
        @SuppressWarnings("unchecked")
        Map<String, Object> next() throws InterruptedException {
            String message = data.poll(60, TimeUnit.SECONDS);
            assertNotNull(message, "no event came");
            return new Json().toType(message, Map.class);
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    static String buildOf(String page) throws Exception {
        Matcher m = TAGS.matcher(text(page));
        assertTrue(m.find());
        return m.group(1);
    }

    /** Saves a file the way editors do: a temporary file, renamed over it. */
    static void save(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(".~" + file.getFileName() + ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void anEditReachesTheChangedPagesOnlyAndErrorsReachEveryPageUntilFixed() throws Exception {
        Path about = site.resolve("content/about.md");
        String original = Files.readString(about);
        String since = buildOf("/about/");
        try (Events events = new Events(since)) {
            save(about, original.replace("We plan and pay for health services", "We plan, buy and pay for health services"));
            Map<String, Object> edited = events.next();
            assertEquals(List.of("/about/"), edited.get("changed"), "only the edited page changed: " + edited);
            assertEquals(false, edited.get("all"));
            assertTrue(text("/about/").contains("We plan, buy and pay"));

            save(about, original.replace("title: About us", "title: [About us"));
            Map<String, Object> broken = events.next();
            assertEquals(List.of(), broken.get("changed"), "a build with errors publishes nothing");
            assertTrue(text("/about/").contains("We plan, buy and pay"), "the last good page is still served");
            for (String page : List.of("/about/", "/", "/no-such-page/")) {
                List<?> errors = (List<?>) json("/_portal/problems.json?page=" + page).get("errors");
                assertEquals(1, errors.size(), page + ": " + errors);
                assertTrue(((String) ((Map<?, ?>) errors.get(0)).get("heading")).startsWith("content/about.md:2:8: error: the [ at the start of the value of 'title' opens a list"), errors.toString());
            }

            save(about, original);
            Map<String, Object> fixed = events.next();
            assertEquals(List.of("/about/"), fixed.get("changed"));
            assertEquals(List.of(), json("/_portal/problems.json?page=/about/").get("errors"), "fixed: the errors are gone");
            assertFalse(text("/about/").contains("buy and"));
        }
        // A page served before all that, connecting only now, is told what it missed; a page of an earlier preview
        // to reload whatever it shows.
        try (Events late = new Events(since)) {
            Map<String, Object> missed = late.next();
            assertEquals(List.of("/about/"), missed.get("changed"));
        }
        try (Events old = new Events("earlier-3")) {
            assertEquals(true, old.next().get("all"));
        }
    }

    @Test
    void aNewPageHardToReadHasItsReadingAgeWarningInThePreview() throws Exception {
        Path plan = site.resolve("content/plan.md");
        String hard = "The integrated commissioning organisation will reconfigure community services collaboratively. ";
        try (Events events = new Events(buildOf("/about/"))) {
            save(plan, "---\ntitle: Our plan\nsummary: What we will do.\n---\n" + hard.repeat(20));
            assertTrue(((List<?>) events.next().get("changed")).contains("/plan/"), "a new page is a changed page");
            List<?> warnings = (List<?>) json("/_portal/problems.json?page=/plan/").get("warnings");
            assertEquals(1, warnings.size(), warnings.toString());
            String heading = (String) ((Map<?, ?>) warnings.get(0)).get("heading");
            assertTrue(heading.startsWith("content/plan.md:5:1: warning: this page is hard to read"), heading);
            Files.delete(plan);
            assertTrue(((List<?>) events.next().get("changed")).contains("/plan/"), "so is a page removed");
            assertEquals(404, get("/plan/").statusCode());
        }
    }

    @Test
    void aSecondPreviewOfTheSameSiteIsRefusedWithTheFirstOnesAddress() {
        // It built into the same folder, emptying it under the first, which then served the second's pages.
        Preview.AlreadyRunning refused = assertThrows(Preview.AlreadyRunning.class,
                () -> Preview.bind(options(site), 0, PreviewTest::words, listener((changes, pages) -> { }), stage -> { }));
        assertTrue(refused.getMessage().contains("another preview of this site is running, at " + preview.address()), refused.getMessage());
        assertTrue(Files.isRegularFile(preview.output().resolve("index.html")), "the first one's folder is untouched");
    }

    @Test
    void theRunningPreviewsAddressIsKnownUntilItStops(@TempDir Path dir) throws Exception {
        // portal new names it, whatever its port. Asking leaves the lock held: a second preview is still refused.
        Path own = TestSite.copy("small", dir.resolve("site"));
        assertEquals(java.util.Optional.empty(), Preview.running(own));
        assertFalse(Files.exists(own.resolve(".portal-cache")), "asking makes nothing");
        Preview first = Preview.bind(options(own), 0, PreviewTest::words, listener((changes, pages) -> { }), stage -> { });
        try {
            assertEquals(java.util.Optional.of(first.address()), Preview.running(own));
            assertEquals(java.util.Optional.of(first.address()), Preview.running(own));
            assertThrows(Preview.AlreadyRunning.class,
                    () -> Preview.bind(options(own), 0, PreviewTest::words, listener((changes, pages) -> { }), stage -> { }));
        } finally {
            first.close();
        }
        assertTrue(Files.isRegularFile(own.resolve(Preview.FOLDER).resolveSibling("preview.lock")), "its lock file is left, free");
        assertEquals(java.util.Optional.empty(), Preview.running(own));
        try (Preview again = Preview.bind(options(own), 0, PreviewTest::words, listener((changes, pages) -> { }), stage -> { })) {
            assertEquals(java.util.Optional.of(again.address()), Preview.running(own));
        }
        assertEquals(java.util.Optional.of(preview.address()), Preview.running(site), "the other site's preview is its own");
    }

    @Test
    void aFolderTakenAwayWhileThePreviewRunsIsMadeAgainWhole() throws Exception {
        // Cleaning the site's cache (git clean -fdX) took it away; each save then wrote back only the page it changed,
        // and every other address said the first build had found mistakes.
        Path about = site.resolve("content/about.md");
        String original = Files.readString(about);
        try (Events events = new Events(buildOf("/about/"))) {
            org.engagementportal.publish.PreviewFolder.discard(preview.output());
            save(about, original.replace("We plan and pay for health services", "We plan and fund health services"));
            List<?> changed = (List<?>) events.next().get("changed");
            assertTrue(changed.containsAll(List.of("/", "/about/", "/get-involved/")), "every page is written again: " + changed);
            assertEquals(200, get("/").statusCode());
            assertEquals(200, get("/get-involved/").statusCode());
            assertTrue(text("/about/").contains("We plan and fund"));
            save(about, original);
            events.next();
        }
    }

    @Test
    void untilTheFirstBuildSucceedsEveryAddressShowsItsErrors(@TempDir Path broken) throws Exception {
        TestSite.copy("small", broken);
        Path about = broken.resolve("content/about.md");
        Files.writeString(about, Files.readString(about).replace("title: About us", "title: [About us"));
        // A last preview's folder, left behind: its pages were served as "the site before the change" (found in review).
        Path left = broken.resolve(Preview.FOLDER);
        Files.createDirectories(left.resolve("about"));
        Files.writeString(left.resolve("about/index.html"), "<!doctype html><title>About, last week</title>");
        Files.writeString(left.resolve("404.html"), "<!doctype html><title>Not found</title>");
        Files.writeString(left.resolve("robots.txt"), "User-agent: *\n");
        List<SortedSet<String>> built = new java.util.ArrayList<>();
        try (Preview p = Preview.bind(options(broken), 0, PreviewTest::words, listener((changes, pages) -> built.add(pages)), stage -> { })) {
            assertTrue(p.start());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(p.address().resolve("/about/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode());
            assertTrue(TAGS.matcher(page.body()).find(), page.body());
            String problems = HTTP.send(HttpRequest.newBuilder(p.address().resolve("/_portal/problems.json?page=/about/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(problems.contains("content/about.md:2:8: error: the [ at the start of the value of 'title'"), problems);
            assertFalse(Files.exists(p.output()), "nothing was published");
        }
    }

    @Test
    void aSitePublishedUnderAPathIsPreviewedUnderItWithItsLinksWorking(@TempDir Path under) throws Exception {
        TestSite.copy("small", under);
        Path siteYml = under.resolve("content/_data/site.yml");
        Files.writeString(siteYml, Files.readString(siteYml).replace("base_url: https://engage.testshire.example/",
                "base_url: https://www.testshire.example/engagement/"));
        BlockingQueue<Collection<Path>> builds = new LinkedBlockingQueue<>();
        try (Preview p = Preview.bind(options(under), 0, PreviewTest::words, listener((changes, pages) -> builds.add(changes)), stage -> { })) {
            assertTrue(p.start());
            builds.take();
            assertTrue(p.address().toString().endsWith("/engagement/"), p.address().toString());
            HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(p.address()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            // Every address the home page links to on the site, its stylesheet among them, is served.
            Matcher links = Pattern.compile("(?:href|src)=\"(/engagement/[^\"#?]*)\"").matcher(home.body());
            int found = 0;
            while (links.find()) {
                found++;
                URI link = p.address().resolve(links.group(1));
                assertEquals(200, HTTP.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                        links.group(1));
            }
            assertTrue(found > 5, "the home page links under the path: " + found);
            assertTrue(home.body().contains("/engagement/assets/"), "the stylesheet too");
            // The server's root leads to the home page; an address outside the path is not found.
            HttpResponse<Void> root = HTTP.send(HttpRequest.newBuilder(p.address().resolve("/")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(302, root.statusCode());
            assertEquals("/engagement/", root.headers().firstValue("Location").orElseThrow());
            assertEquals(404, HTTP.send(HttpRequest.newBuilder(p.address().resolve("/about/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(p.address().resolve("/engagement/about/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());

            // site.yml given another address: the preview follows it after the save.
            Files.writeString(siteYml, Files.readString(siteYml).replace("https://www.testshire.example/engagement/",
                    "https://www.testshire.example/have-your-say/"));
            Collection<Path> changes;
            do {
                changes = builds.poll(60, TimeUnit.SECONDS);
                assertNotNull(changes, "a build after the save");
            } while (changes.isEmpty());
            for (int i = 0; i < 100 && !p.address().toString().endsWith("/have-your-say/"); i++) {
                Thread.sleep(100);
            }
            assertTrue(p.address().toString().endsWith("/have-your-say/"), p.address().toString());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(p.address().resolve("/have-your-say/about/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
