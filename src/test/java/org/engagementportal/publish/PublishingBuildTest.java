package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing seen from the command line, one small site per scenario: a clash found only while the files
 * are written (after the staging folder was made) still leaves the previous site byte for byte and no
 * staging folder behind; {@code portal check} finds the same clash and writes nothing at all.
 */
class PublishingBuildTest {
    static final String NOW = "2026-03-01T09:00";
    static final String CLASH = "content/robots.txt: error: content/robots.txt would be published at /robots.txt, "
            + "where the portal publishes its robots.txt.";

    private static final String SITE = """
            -- content/index.md --
            ---
            title: Testshire engagement
            summary: Have your say on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/data/figures.csv --
            year,people
            2026,12
            """;

    @TempDir
    Path dir;

    private TextSite site(String extra) {
        return TextSite.write(dir.resolve("site"), SITE + extra);
    }

    private List<String> besideTheOutput() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aClashFoundWhileWritingLeavesThePreviousSiteByteForByte() throws IOException {
        Path out = dir.resolve("out");
        site("").build(out, NOW).succeeded();
        Map<String, byte[]> before = TestSite.files(out);
        TextSite.Built failed = site("""
                -- content/robots.txt --
                User-agent: *
                Disallow: /
                -- content/about.md --
                ---
                title: About us, changed
                summary: Who we are.
                ---
                Changed.
                """).build(out, NOW).failedWith(CLASH);
        assertTrue(failed.printed().contains("The previous site in " + out + " is unchanged."), failed.printed());
        Map<String, byte[]> after = TestSite.files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        StagingFolderTest.awaitBackgroundDeletion();
        assertEquals(List.of("out", "site"), besideTheOutput(), "no staging folder is left behind");
    }

    @Test
    void aFirstBuildThatFailsCreatesNoOutputFolder() throws IOException {
        Path out = dir.resolve("out");
        TextSite.Built failed = site("-- content/robots.txt --\nUser-agent: *\n").build(out, NOW).failedWith(CLASH);
        assertTrue(failed.printed().contains(out + " was not created."), failed.printed());
        assertEquals(List.of("site"), besideTheOutput());
    }

    @Test
    void checkFindsTheSameClashAndWritesNothing() throws IOException {
        TextSite site = site("-- content/robots.txt --\nUser-agent: *\n");
        Map<String, byte[]> source = TestSite.files(site.root());
        Portal.Run run = Portal.run("check", "--source", site.root().toString(), "--now", NOW, "-q");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains(CLASH), run.all());
        assertEquals(List.of("site"), besideTheOutput());
        Map<String, byte[]> afterwards = TestSite.files(site.root());
        assertEquals(source.keySet(), afterwards.keySet(), "nothing written in the site folder either");
    }

    @Test
    void aGoodCheckWritesNothingEither() throws IOException {
        TextSite site = site("");
        Map<String, byte[]> source = TestSite.files(site.root());
        Portal.Run run = Portal.run("check", "--source", site.root().toString(), "--now", NOW, "-q");
        assertEquals(0, run.exit(), run.all());
        assertEquals(List.of("site"), besideTheOutput());
        assertEquals(source.keySet(), TestSite.files(site.root()).keySet());
    }

    @Test
    void theBuildAfterAFailedOneIsPublished() throws IOException {
        Path out = dir.resolve("out");
        site("").build(out, NOW).succeeded();
        site("-- content/robots.txt --\nUser-agent: *\n").build(out, NOW).failedWith(CLASH);
        Files.delete(dir.resolve("site/content/robots.txt"));
        TextSite.Built built = site("""
                -- content/about.md --
                ---
                title: About us, changed
                summary: Who we are.
                ---
                Changed.
                """).build(out, NOW).succeeded();
        built.file("/about/index.html").contains("About us, changed").doesNotContain("We plan health services.");
        built.file("/data/figures.csv").contains("2026,12");
        assertFalse(built.has("/" + StagingFolder.MARKER));
        Map<String, Manifest.Entry> listed = Manifest.previous(out, Precompressed.SETTINGS);
        assertEquals(Manifest.sha256(Files.readAllBytes(out.resolve("about/index.html"))), listed.get("/about/index.html").sha256(),
                "the manifest is the new build's");
    }
}
