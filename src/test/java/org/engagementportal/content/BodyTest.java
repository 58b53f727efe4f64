package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.time.ZonedDateTime;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.ContentTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page bodies kept in their files or packed in memory, for sites with a great deal of Markdown: the same text, whatever
 * it holds, and a file changed under a build is noticed.
 */
class BodyTest {

    @Test
    void aPackedBodyUnpacksToItsTextAndEqualsTheUnpackedOne() {
        for (String text : new String[] {"", "   \n\t", "## Heading\n\nPlain text.", "Welsh: Ymgynghoriad ŵ ŷ — “quotes” 🏥\u0000",
                "x".repeat(1_000_000), "line\r\nline\n".repeat(10_000)}) {
            Body body = new Body(text, 7);
            Body packed = body.packed();
            assertEquals(text, packed.markdown());
            assertEquals(text, packed.markdown(), "unpacked again, the same");
            assertEquals(body, packed);
            assertEquals(body.hashCode(), packed.hashCode());
            assertEquals(7, packed.firstLine());
            assertEquals(text.isBlank(), packed.isBlank());
        }
        assertFalse(new Body("a", 1).packed().equals(new Body("a", 2)));
    }

    @Test
    void theExamplePortalLoadsToTheSameDocumentsWithItsBodiesKeptInTheirFilesOrPacked() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Europe/London"));
        Problems plainProblems = new Problems();
        Problems keptProblems = new Problems();
        Problems packedProblems = new Problems();
        SiteData data = new DataLoader(TestSite.PROJECT, plainProblems).load();
        LoadedContent plain = new ContentLoader(TestSite.PROJECT, data, now, plainProblems, ContentTypes.ALL).load();
        // A build: each body read again from its file when it is needed.
        LoadedContent kept = new ContentLoader(TestSite.PROJECT, data, now, keptProblems, ContentTypes.ALL).packingOver(0).load();
        // The preview, whose documents outlive their files' contents: each body compressed in memory.
        LoadedContent packed = new ContentLoader(TestSite.PROJECT, data, now, packedProblems, ContentTypes.ALL).packingOver(0)
                .load(new LoadMemo());
        assertTrue(plain.documents().size() > 50);
        assertEquals(plain.documents(), kept.documents());
        assertEquals(plain.documents(), packed.documents());
        for (int i = 0; i < plain.documents().size(); i++) {
            assertEquals(plain.documents().get(i).body().markdown(), kept.documents().get(i).body().markdown());
        }
        assertTrue(kept.documents().stream().allMatch(d -> d.body().toString().contains("kept in " + d.source())), "every body in its file");
        assertTrue(packed.documents().stream().allMatch(d -> d.body().toString().contains("packed")), "every body packed");
        assertTrue(plain.documents().stream().noneMatch(d -> d.body().toString().matches(".*(packed|kept in).*")), "none below the limit");
        assertEquals(plainProblems.sorted(), keptProblems.sorted());
        assertEquals(plainProblems.sorted(), packedProblems.sorted());
    }

    @TempDir
    Path dir;

    @Test
    void aBodyKeptInItsFileIsReadAgainAndAChangeToTheFileStopsTheBuildNamingIt() throws IOException {
        Path file = dir.resolve("page.md");
        String head = "\uFEFF---\r\ntitle: T\r\n---\r\n";
        String text = "## Heading\r\n\r\nWelsh: Ymgynghoriad \u0175 \u2014 \u201cquotes\u201d \uD83C\uDFE5\r\n";
        Files.writeString(file, head + text, StandardCharsets.UTF_8);
        String normalised = text.replace("\r\n", "\n");
        int start = "---\ntitle: T\n---\n".length(); // as SourceText gives the file: no byte-order mark, \n endings
        Body kept = new Body(normalised, 4).keptIn(file, "content/page.md", start);
        assertEquals(normalised, kept.markdown());
        assertEquals(normalised, kept.markdown(), "read again, the same");
        assertEquals(new Body(normalised, 4), kept);
        assertEquals(4, kept.firstLine());
        assertFalse(kept.isBlank());
        for (String changed : List.of(head + text.replace("Heading", "Headinf"), head + text + "More.\r\n",
                head.replace("title: T", "title: Tea") + text, head)) {
            Files.writeString(file, changed, StandardCharsets.UTF_8);
            SourceChanged e = assertThrows(SourceChanged.class, kept::markdown, changed);
            assertEquals("content/page.md", e.file());
        }
        Files.write(file, new byte[] {'-', '-', '-', '\n', (byte) 0xC3}); // not UTF-8 any more
        assertEquals("changed", assertThrows(SourceChanged.class, kept::markdown).why());
        Files.writeString(file, head + text, StandardCharsets.UTF_8);
        assertEquals(normalised, kept.packed().markdown(), "packed from its file, as it was read");
        Files.delete(file);
        SourceChanged gone = assertThrows(SourceChanged.class, kept::markdown);
        assertEquals("content/page.md", gone.file());
        assertEquals("was deleted or moved", gone.why());
        assertTrue(SourceChanged.in(new IllegalStateException(new RuntimeException(new SourceChanged("content/x.md", "changed", null)))).isPresent(),
                "found however deep a parallel stream wraps it");
    }
}
