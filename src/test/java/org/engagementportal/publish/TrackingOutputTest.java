package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every output does whether it writes or not ({@code portal check}'s dry run here): one file an
 * address, a clash reported as a content problem naming both origins at the content's place, the same
 * message whichever was written first, and paths that are not plain paths inside the site refused.
 */
class TrackingOutputTest {
    static final byte[] PAGE = "<h1>Page</h1>".getBytes(StandardCharsets.UTF_8);

    private final Problems problems = new Problems();
    private final DryRunOutput output = new DryRunOutput(problems);

    private static Origin page(String file, int line) {
        return Origin.content(file, new Position(file, line, 1));
    }

    private Problem onlyProblem() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void aContentFileAtTheAddressOfOneOfThePortalsFilesIsAContentErrorNamingBoth() {
        output.write("/sitemap.xml", PAGE, Origin.portal("the portal's sitemap"));
        output.write("/sitemap.xml", PAGE, page("content/sitemap.xml", 1));
        Problem p = onlyProblem();
        assertTrue(p.isError());
        assertEquals(new Position("content/sitemap.xml", 1, 1), p.position());
        assertEquals("content/sitemap.xml would be published at /sitemap.xml, where the portal publishes its sitemap.",
                p.message());
        assertEquals("Give content/sitemap.xml another name or address: the portal makes /sitemap.xml itself.", p.fix(),
                "the file to rename is the writer's; the portal's cannot be");
        assertEquals("the portal's sitemap", output.writtenBy("/sitemap.xml").orElseThrow().what(), "the first stays");
    }

    @Test
    void theMessageIsTheSameWhicheverWasWrittenFirst() {
        Origin alias = Origin.content("the alias /who-we-are/ in content/about.md", new Position("content/about.md", 4, 10));
        Origin news = page("content/news.md", 1);
        output.write("/who-we-are/index.html", PAGE, alias);
        output.write("/who-we-are/index.html", PAGE, news);
        Problems other = new Problems();
        DryRunOutput reversed = new DryRunOutput(other);
        reversed.write("/who-we-are/index.html", PAGE, news);
        reversed.write("/who-we-are/index.html", PAGE, alias);
        assertEquals(problems.sorted(), other.sorted());
        Problem p = onlyProblem();
        assertEquals(new Position("content/news.md", 1, 1), p.position(), "reported at the later place in the content");
        assertEquals("content/news.md would be published at /who-we-are/, where the alias /who-we-are/ in content/about.md "
                + "is published already.", p.message(), "a page's address is its folder");
    }

    /**
     * Found in review: an alias /About/ beside the page /about/, or pictures Map.png and map.png, were both
     * published; built or previewed on Windows or macOS, one file was written over the other.
     */
    @Test
    void addressesThatDifferOnlyInCapitalsOrPercentCodesAreOneAddress() {
        Origin alias = Origin.content("the alias /About/ in content/news.md", new Position("content/news.md", 4, 10));
        output.write("/about/index.html", PAGE, page("content/about.md", 1));
        output.write("/About/index.html", PAGE, alias);
        Problem p = onlyProblem();
        assertEquals(new Position("content/news.md", 4, 10), p.position());
        assertEquals("the alias /About/ in content/news.md would be published at /About/, where content/about.md is "
                + "published as /about/: they differ only in capital letters or %-codes, and Windows, macOS and many web "
                + "servers take them for one address.", p.message());
        assertFalse(output.writtenBy("/About/index.html").isPresent(), "the second is not written");

        for (String[] pair : new String[][] {{"/pictures/map.png", "/pictures/Map.png"}, {"/pictures/map.png", "/Pictures/MAP.png"},
                {"/about/index.html", "/ab%6Fut/index.html"}, {"/caf\u00e9/index.html", "/caf%C3%A9/index.html"},
                {"/a/index.html", "/A"}}) {
            Problems found = new Problems();
            DryRunOutput out = new DryRunOutput(found);
            out.write(pair[0], PAGE, page("content/one.md", 1));
            out.write(pair[1], PAGE, page("content/two.md", 1));
            assertEquals(1, found.sorted().size(), String.join(" and ", pair) + ": " + found.sorted());
        }
    }

    @Test
    void addressesThatDifferInMoreThanCapitalsAreTwo() {
        output.write("/a%2Fb/index.html", PAGE, page("content/one.md", 1));
        output.write("/a/b/index.html", PAGE, page("content/two.md", 1));
        output.write("/feed.xml", PAGE, Origin.portal("the portal's feeds"));
        output.write("/Feed.xml", PAGE, Origin.portal("the portal's other feeds"));
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void twoOfThePortalsOwnFilesAtOneAddressAreABug() {
        output.write("/feed.xml", PAGE, Origin.portal("the portal's feeds"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> output.write("/feed.xml", PAGE, Origin.portal("the portal's sitemap")));
        assertEquals("two generators both wrote /feed.xml: the portal's feeds and the portal's sitemap", e.getMessage());
        assertTrue(problems.isEmpty(), "not the writer's problem to fix");
    }

    @Test
    void aFileWhereAnotherFilesFolderIsClashesEitherWayRound() {
        output.write("/news/index.html", PAGE, page("content/news.md", 1));
        output.write("/news", PAGE, page("content/x.md", 2));
        output.write("/robots.txt", PAGE, Origin.portal("the portal's robots.txt"));
        output.write("/robots.txt/index.html", PAGE, page("content/y.md", 3));
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals("content/x.md would be published at /news, where content/news.md is published already.", all.get(0).message());
        assertEquals("content/y.md would be published at /robots.txt/, where the portal publishes its robots.txt.",
                all.get(1).message());
        assertEquals(new TreeSet<>(List.of("/news/index.html", "/robots.txt")), output.paths(), "neither second file was taken");
    }

    @Test
    void aFileDeeperUnderAnotherFileClashesToo() {
        output.write("/a.pdf", PAGE, page("content/a.pdf", 1));
        output.write("/a.pdf/b/c/index.html", PAGE, page("content/a.pdf/b/c.md", 1));
        assertTrue(onlyProblem().message().startsWith("content/a.pdf/b/c.md would be published at /a.pdf/b/c/"));
    }

    @Test
    void filesSideBySideAndInNestedFoldersDoNotClash() {
        for (String path : List.of("/a/index.html", "/a/b/index.html", "/a/b.html", "/ab/index.html", "/a-b", "/a.b")) {
            output.write(path, PAGE, page("content" + path, 1));
        }
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(6, output.fileCount());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"index.html", "/", "/a/", "//etc/passwd", "/a//b", "/../etc/passwd", "/a/../../b", "/a/./b", "/.", "/..",
            "/a\\..\\b", "/a\u0000b", "/a\nb", "/a\u007fb", "/a\tb", ""})
    void aPathThatIsNotAPlainFileInsideTheSiteIsRefusedAsABug(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> output.write(path, PAGE, page("content/x.md", 1)));
        assertTrue(e.getMessage().startsWith("not a file path on the site: "), e.getMessage());
        assertEquals(0, output.fileCount());
        assertTrue(problems.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/index.html", "/a/b/c.html", "/.well-known/security.txt", "/a..b/c", "/...", "/caf\u00e9/index.html",
            "/a b.pdf", "/_headers"})
    void plainPathsAreSafe(String path) {
        assertTrue(TrackingOutput.isSafe(path), path);
    }

    @Test
    void countsFilesAndBytesAndSaysWhoWroteWhat(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("plan.pdf"), new byte[5_000]);
        Output generator = output.from("the portal's feeds");
        generator.write("/feed.xml", new byte[100]);
        generator.copy("/plan.pdf", pdf);
        output.copy("/papers/plan.pdf", pdf, page("content/papers/plan.pdf", 1));
        output.write("/feed.xml", new byte[7], page("content/feed.md", 1)); // refused: not counted
        assertEquals(3, output.fileCount());
        assertEquals(3, generator.fileCount(), "a generator's view is of the same output");
        assertEquals(10_100, output.byteCount());
        assertEquals(Optional.of(Origin.portal("the portal's feeds")), output.writtenBy("/plan.pdf"));
        assertEquals(Optional.empty(), output.writtenBy("/missing"));
        assertEquals(List.of("/feed.xml", "/papers/plan.pdf", "/plan.pdf"), List.copyOf(generator.paths()));
        java.util.Set<String> any = generator.pathsInNoOrder();
        assertEquals(java.util.Set.of("/feed.xml", "/papers/plan.pdf", "/plan.pdf"), any, "the same paths, in no order");
        any.add("/manifest.json");
        assertEquals(3, output.paths().size(), "a set of its own: adding to it changes nothing written");
        assertEquals(1, problems.errorCount());
    }

    @Test
    void filesWrittenWithoutAnOriginAreTheGeneratorsOrThePortals() {
        output.write("/a.txt", PAGE);
        assertEquals(Origin.portal("one of the portal's own files"), output.writtenBy("/a.txt").orElseThrow());
        output.from("the portal's sitemap").write("/sitemap.xml", PAGE);
        assertEquals("the portal's sitemap", output.writtenBy("/sitemap.xml").orElseThrow().what());
        assertFalse(output.writtenBy("/sitemap.xml").orElseThrow().fromContent());
    }

    @Test
    void aDryRunWritesNothingAnywhere(@TempDir Path dir) throws IOException {
        Path source = Files.write(dir.resolve("source.pdf"), new byte[10]);
        output.write("/index.html", PAGE, page("content/index.md", 1));
        output.copy("/source-copy.pdf", source, page("content/source-copy.pdf", 1));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(dir, source), files.sorted().toList());
        }
        assertEquals(PAGE.length + 10, output.byteCount());
    }

    @Test
    void manyThreadsWritingOneAddressGiveOneFileAndOneProblemEach() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                done.add(pool.submit(() -> output.write("/clash/index.html", PAGE, page("content/page-" + n + ".md", 1))));
                done.add(pool.submit(() -> output.write("/own/" + n + ".html", PAGE, page("content/own-" + n + ".md", 1))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(201, output.fileCount());
        assertEquals(199, problems.errorCount());
        assertEquals(201L * PAGE.length, output.byteCount());
    }
}
