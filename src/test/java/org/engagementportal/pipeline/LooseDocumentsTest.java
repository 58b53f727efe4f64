package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF that no page names as a document, linked from a page's text ("the full agenda pack"), is checked as a document
 * is: one that cannot be opened stops the build, one without a title, language or tags is warned about and listed in
 * the accessibility statement, which must name every document that is not fully accessible. Before, neither was
 * looked at: a file of plain text named .pdf was published, and the statement left the untagged one out.
 */
class LooseDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void aPdfLinkedFromTheTextIsCheckedAndListedInTheStatement() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        ExamplePapers.write(site.resolve("content/agenda-pack.pdf"), false, null, "Agenda pack", List.of("Items."));
        Files.writeString(site.resolve("content/broken.pdf"), "not a pdf at all");
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\nRead [the agenda pack (PDF, 1 KB)](/agenda-pack.pdf) and [the old one (PDF, 1 KB)](/broken.pdf).\n");
        Path out = dir.resolve("out");
        Portal.Run refused = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, refused.exit(), refused.all());
        assertTrue(refused.all().contains("content/broken.pdf: error: this PDF cannot be opened: it is damaged, or it is another kind "
                + "of file with .pdf at the end of its name."), refused.all());
        Files.delete(site.resolve("content/broken.pdf"));
        Files.writeString(about, TestSite.read(about).replace(" and [the old one (PDF, 1 KB)](/broken.pdf)", ""));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/agenda-pack.pdf: warning: this PDF has no title, no language and no tags, so it may "
                + "not be usable with a screen reader. The accessibility statement lists it"), run.all());
        String statement = Jsoup.parse(TestSite.read(out.resolve("accessibility/index.html"))).text();
        assertTrue(statement.contains("agenda-pack.pdf") && statement.contains("no title, no language, no tags"), statement);
    }

    /** Links content/agenda-pack.pdf from the about page and builds the site into {@code out}, which must succeed. */
    private static Portal.Run buildLinkingTheAgendaPack(Path site, Path out) throws IOException {
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\nRead [the agenda pack (PDF, 1 KB)](/agenda-pack.pdf).\n");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        return run;
    }

    @Test
    void aPdfThatKeepsItsTextFromScreenReadersIsWarnedAboutWithHowToLiftItAndListed() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path pack = site.resolve("content/agenda-pack.pdf");
        ExamplePapers.write(pack, true, "Agenda pack", "Agenda pack", List.of("Items."));
        ExamplePapers.restrict(pack, false);
        Path out = dir.resolve("out");
        Portal.Run run = buildLinkingTheAgendaPack(site, out);
        assertTrue(run.all().contains("content/agenda-pack.pdf: warning: this PDF has a security setting that keeps its text from "
                + "screen readers, so it may not be usable with a screen reader."), run.all());
        assertTrue(run.all().contains("Fix: Save or export the PDF again without restrictions on copying or accessibility"), run.all());
        assertTrue(!run.all().contains("Export it again as a tagged PDF"), "it is tagged, titled and has a language: " + run.all());
        String statement = Jsoup.parse(TestSite.read(out.resolve("accessibility/index.html"))).text();
        assertTrue(statement.contains("agenda-pack.pdf") && statement.contains("a security setting that keeps its text from screen readers"),
                statement);
    }

    @Test
    void aPdfWithTheTitleWordGaveItIsToldItHasNoneOfItsOwn() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        ExamplePapers.write(site.resolve("content/agenda-pack.pdf"), true, "Microsoft Word - Document1", "Agenda pack",
                List.of("Items."));
        Path out = dir.resolve("out");
        Portal.Run run = buildLinkingTheAgendaPack(site, out);
        assertTrue(run.all().contains("content/agenda-pack.pdf: warning: this PDF has no title of its own (screen readers announce "
                + "\"Microsoft Word - Document1\", the title Word gave it), so it may not be usable with a screen reader."), run.all());
        assertTrue(run.all().contains("Fix: Type the paper's title in the document's properties (in Word: File, Info, Title) and "
                + "save it as a PDF again."), run.all());
        String statement = Jsoup.parse(TestSite.read(out.resolve("accessibility/index.html"))).text();
        assertTrue(statement.contains("agenda-pack.pdf") && statement.contains("no title of its own"), statement);
    }

    @Test
    void eachPdfThatCannotBeOpenedIsToldWhyAndTheFixForThat() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.write(site.resolve("content/empty.pdf"), new byte[0]);
        Files.writeString(site.resolve("content/broken.pdf"), "not a pdf at all");
        Path secret = site.resolve("content/secret.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            doc.save(secret.toFile());
        }
        Path cut = site.resolve("content/cut.pdf");
        ExamplePapers.write(cut, true, "Agenda pack", "Agenda pack", List.of("Items."));
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\nRead [one (PDF, 1 KB)](/empty.pdf), "
                + "[two (PDF, 1 KB)](/broken.pdf), [three (PDF, 1 KB)](/secret.pdf) and [four (PDF, 1 KB)](/cut.pdf).\n");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now",
                "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        String all = run.all().replace("\r\n", "\n");
        assertTrue(all.contains("content/empty.pdf: error: this PDF cannot be opened: it is empty (0 bytes).\n"
                + "    Fix: Copy the PDF again from where it was saved, check that it opens, and replace this file with it."), all);
        assertTrue(all.contains("content/broken.pdf: error: this PDF cannot be opened: it is damaged, or it is another kind of file "
                + "with .pdf at the end of its name.\n    Fix: Save or export the document as a PDF again, and replace the file."), all);
        assertTrue(all.contains("content/secret.pdf: error: this PDF cannot be opened: it is protected by a password.\n"
                + "    Fix: Save or export the document as a PDF again, without a password, and replace the file."), all);
        assertTrue(all.contains("content/cut.pdf: error: this PDF cannot be opened: it is damaged: it looks cut off, ending before "
                + "the end every PDF has, as a file does when it was not completely copied or uploaded.\n"
                + "    Fix: Copy or upload the PDF again (or save or export it again as a PDF), and replace this file with it."), all);
    }
}
