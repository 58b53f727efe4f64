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

    /** The portal's build in another JVM, with bin/portal's settings, two threads and at most {@code heap} of memory. */
    private Process build(Path site, Path out, String heap, Path said) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Xmx" + heap, "-XX:+UseSerialGC", "-Xmn48m",
                "-XX:TieredStopAtLevel=1", "-Dportal.threads=2",
                "-cp", System.getProperty("java.class.path"), "org.engagementportal.cli.Main", "build",
                "--source", site.toString(), "--out", out.toString(), "--now", "2026-11-23T09:00", "-q", "--no-cache"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(said.toFile()).start();
    }

    @Test
    void twoPagesOfTablesBuildWithOneGigabyte() throws Exception {
        // Made at once on two threads they needed more than 1 GB, and the build ended with Java's OutOfMemoryError, a stack
        // trace and exit code 1; now they are made one after the other.
        Path site = site(2);
        Path out = dir.resolve("public");
        Path said = dir.resolve("said.txt");
        Process p = build(site, out, "1g", said);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "it finishes");
        assertEquals(0, p.exitValue(), TestSite.read(said));
        for (int i = 1; i <= 2; i++) {
            Path page = out.resolve("prices-" + i + "/index.html");
            assertTrue(Files.size(page) > 50_000_000L, "the page of tables is whole: " + Files.size(page));
            assertTrue(Files.isRegularFile(out.resolve("prices-" + i + "/index.html.gz")));
        }
    }

    @Test
    void runningOutOfMemoryIsSaidInPlainWordsAndPublishesNothing() throws Exception {
        Path site = site(1);
        Path out = dir.resolve("public");
        Path said = dir.resolve("said.txt");
        Process p = build(site, out, "256m", said);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "it finishes");
        String text = TestSite.read(said);
        assertEquals(3, p.exitValue(), text);
        assertTrue(text.contains("portal: Java ran out of memory: it may use at most "), text);
        assertTrue(text.contains("Give Java more memory, for example PORTAL_JAVA_OPTS=-Xmx3g bin/portal build"), text);
        assertTrue(text.contains("Nothing was published."), text);
        assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), "no stack trace: " + text);
        assertFalse(Files.exists(out), "nothing was written");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("said.txt", "site"), left.map(f -> f.getFileName().toString()).sorted().toList(),
                    "and no staging folder is left");
        }
    }
}
