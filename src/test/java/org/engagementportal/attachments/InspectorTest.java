package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.engagementportal.tools.ExamplePapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real PDFs made with PDFBox, read back by the inspector. */
class InspectorTest {
    @TempDir
    Path content;

    @Test
    void aTaggedPdfWithTitleAndLanguageHasNoGaps() throws IOException {
        ExamplePapers.write(content.resolve("paper.pdf"), true, "Finance report", "Finance report", List.of("Text."));
        FileFacts facts = new Inspector(content).inspect("paper.pdf");
        assertTrue(facts.pdf());
        assertEquals(1, facts.pages().getAsInt());
        assertEquals(Optional.of("Finance report"), facts.title());
        assertEquals(Optional.of("en-GB"), facts.language());
        assertTrue(facts.tagged());
        assertEquals(List.of(), facts.accessibilityGaps());
        assertEquals(Files.size(content.resolve("paper.pdf")), facts.bytes());
    }

    @Test
    void anUntaggedPdfLacksTitleLanguageAndTags() throws IOException {
        ExamplePapers.write(content.resolve("scan.pdf"), false, "Scan", "Scan", List.of("Text."));
        FileFacts facts = new Inspector(content).inspect("scan.pdf");
        assertFalse(facts.tagged());
        assertEquals(List.of("no title", "no language", "no tags"), facts.accessibilityGaps());
    }

    @Test
    void countsEveryPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 24; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(content.resolve("long.pdf").toFile());
        }
        assertEquals(24, new Inspector(content).inspect("long.pdf").pages().getAsInt());
    }

    @Test
    void aDamagedPdfIsUnreadable() throws IOException {
        Files.writeString(content.resolve("broken.pdf"), "this is a Word document renamed to .pdf", StandardCharsets.UTF_8);
        FileFacts facts = new Inspector(content).inspect("broken.pdf");
        assertTrue(facts.unreadable().isPresent());
        assertEquals(List.of(), facts.accessibilityGaps(), "an unreadable file is an error, not a list of gaps");
    }

    @Test
    void aPasswordProtectedPdfIsUnreadable() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            doc.save(content.resolve("locked.pdf").toFile());
        }
        assertTrue(new Inspector(content).inspect("locked.pdf").unreadable().orElseThrow().why().contains("password"));
    }

    @Test
    void otherFilesHaveOnlyASize() throws IOException {
        Files.write(content.resolve("data.csv"), new byte[2048]);
        FileFacts facts = new Inspector(content).inspect("data.csv");
        assertFalse(facts.pdf());
        assertEquals(2048, facts.bytes());
        assertTrue(facts.pages().isEmpty());
    }
}
