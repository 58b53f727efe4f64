package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages as large as the limits allow, built by the portal in a JVM of its own with the memory of a small computer: a
 * page of 2 MB of tables (170 tables of 990 rows) makes 56 MB of HTML and needs about 600 MB while it is made.
 */
class LargePagesMemoryTest {
    @TempDir
    Path dir;

    /** 2 MB of Markdown in tables of 990 rows, as {@code bin/hostile-bench} writes it. */
    private static String tables() {
        String table = "| a | b |\n|---|---|\n" + "| c | *d* |\n".repeat(990) + "\n";
        return table.repeat((2 * 1024 * 1024 - 4096) / table.length());
    }

    private Path site(int pages) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("content/index.md", "---\ntitle: Home\nsummary: Home.\n---\nHello.\n");
        String body = tables();
        for (int i = 1; i <= pages; i++) {
            files.put("content/prices-" + i + ".md", "---\ntitle: Prices " + i + "\nsummary: A long table.\n---\n" + body);
        }
        return TestSite.write(dir.resolve("site"), files);
    }

    /** The portal in another JVM, with bin/portal's settings, two threads and at most {@code heap} of memory. */
    private static Process portal(String heap, Path said, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Xmx" + heap, "-XX:+UseSerialGC", "-Xmn48m",
                "-XX:TieredStopAtLevel=1", "-Dportal.threads=2",
                "-cp", System.getProperty("java.class.path"), "org.engagementportal.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(said.toFile()).start();
    }

    /** A cold build of {@code site} into {@code dir/public}, finished: its exit code, with what it said in {@code dir/said.txt}. */
    private int build(Path site, String heap) throws Exception {
        Process p = portal(heap, dir.resolve("said.txt"), "build", "--source", site.toString(), "--out",
                dir.resolve("public").toString(), "--now", "2026-11-23T09:00", "-q", "--no-cache");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "it finishes");
        return p.exitValue();
    }

    @Test
    void twoPagesOfTablesBuildWithOneGigabyte() throws Exception {
        // Made at once on two threads they needed more than 1 GB, and the build ended with Java's OutOfMemoryError, a stack
        // trace and exit code 1; now they are made one after the other.
        assertEquals(0, build(site(2), "1g"), TestSite.read(dir.resolve("said.txt")));
        Path out = dir.resolve("public");
        for (int i = 1; i <= 2; i++) {
            Path page = out.resolve("prices-" + i + "/index.html");
            assertTrue(Files.size(page) > 50_000_000L, "the page of tables is whole: " + Files.size(page));
            assertTrue(Files.isRegularFile(out.resolve("prices-" + i + "/index.html.gz")));
        }
    }

    @Test
    void runningOutOfMemoryIsSaidInPlainWordsAndPublishesNothing() throws Exception {
        int code = build(site(1), "256m");
        String text = TestSite.read(dir.resolve("said.txt"));
        assertEquals(3, code, text);
        assertTrue(text.contains("portal: Java ran out of memory: it may use at most "), text);
        assertTrue(text.contains("Give Java more memory, for example PORTAL_JAVA_OPTS=-Xmx3g bin/portal build"), text);
        assertTrue(text.contains("Nothing was published."), text);
        assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), "no stack trace: " + text);
        assertFalse(Files.exists(dir.resolve("public")), "nothing was written");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("said.txt", "site"), left.map(f -> f.getFileName().toString()).sorted().toList(),
                    "and no staging folder is left");
        }
    }

    /**
     * The preview, where the same page saved on a small computer ran Java out of memory in the thread that watches for
     * saves: it stopped rebuilding, with only a stack trace to say so.
     */
    @Test
    void thePreviewSaysItRanOutOfMemoryAndGoesOnRebuilding() throws Exception {
        Path site = site(0);
        Path said = dir.resolve("said.txt");
        Process serve = portal("256m", said, "serve", "--source", site.toString(), "--port", "0", "--now", "2026-11-23T09:00");
        try {
            awaitSaying(serve, said, "Previewing ");
            Files.writeString(site.resolve("content/prices.md"), "---\ntitle: Prices\nsummary: A long table.\n---\n" + tables());
            awaitSaying(serve, said, "Java ran out of memory");
            Files.delete(site.resolve("content/prices.md"));
            Files.writeString(site.resolve("content/about.md"), "---\ntitle: About us\nsummary: Who we are.\n---\nWe plan care.\n");
            awaitSaying(serve, said, "Rebuilt in ");
            String text = TestSite.read(said);
            assertTrue(text.contains("PORTAL_JAVA_OPTS=-Xmx3g bin/portal serve"), text);
            assertTrue(text.contains("The preview goes on showing the last build; save a file to try again."), text);
            assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), "no stack trace: " + text);
            assertTrue(serve.isAlive(), "the preview goes on");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitSaying(Process p, Path said, String words) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!TestSite.read(said).contains(words) && System.nanoTime() < until && p.isAlive()) {
            Thread.sleep(100);
        }
        assertTrue(TestSite.read(said).contains(words), "it says \"" + words + "\": " + TestSite.read(said));
    }
}
