package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with more Markdown than a build holds in memory (content.Body): each page's text is read again from its file
 * when it is needed. Here the limit is set to nothing, so every page of the example is built that way.
 */
class TextsKeptInFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void limitAsItWas() {
        System.clearProperty("portal.keep-texts-over");
    }

    private static Portal.Run build(Path site, Path out) {
        return Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", TestSite.EXAMPLE_NOW, "-q",
                "--no-cache");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void theExampleBuiltWithEveryTextReadAgainFromItsFileIsTheSameByteForByte() throws IOException {
        Path held = dir.resolve("held");
        Path kept = dir.resolve("kept");
        assertEquals(0, build(TestSite.PROJECT, held).exit());
        System.setProperty("portal.keep-texts-over", "0");
        Portal.Run run = build(TestSite.PROJECT, kept);
        assertEquals(0, run.exit(), run.all());
        assertEquals(files(held), files(kept));
        for (Path f : files(held)) {
            assertArrayEquals(Files.readAllBytes(held.resolve(f)), Files.readAllBytes(kept.resolve(f)), f.toString());
        }
    }

    @Test
    void aTextChangedWhileTheBuildRunsStopsItNamingTheFileAndPublishesNothing() throws Exception {
        Path site = dir.resolve("site");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), site.resolve("content"));
        Path out = dir.resolve("out");
        assertEquals(0, build(site, out).exit());
        byte[] home = Files.readAllBytes(out.resolve("index.html"));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            pages = walk.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("_data")).toList();
        }
        System.setProperty("portal.keep-texts-over", "0");
        // Someone saving as the build runs: a line added to the end of every page's text, over and over.
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                for (Path p : pages) {
                    try {
                        Files.writeString(p, "\nA line saved during the build.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        });
        writer.start();
        Portal.Run run;
        try {
            Thread.sleep(50);
            run = build(site, out);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().matches("(?s)portal: content/\\S+\\.md changed while the portal was reading the site, so nothing was "
                + "published or written\\. Run the command again once every file is saved\\.\\s*"), run.all());
        assertFalse(run.all().contains("Exception"), "no stack trace: " + run.all());
        assertArrayEquals(home, Files.readAllBytes(out.resolve("index.html")), "the last good output is as it was");
    }
}
