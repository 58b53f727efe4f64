package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the content folder's files give away, and what is said of them: the files a draft's text shows or links to are
 * held back with it, as its documents are, unless a published page's text names them too; the files Word and its kind
 * keep beside an open document are never published; a photograph's GPS location is warned about; an empty file and a
 * page ending .MD are told what they are.
 */
class DraftFilesTest {
    @TempDir
    Path dir;

    private static final String PAGES = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/stories/janet.md --
            ---
            title: Janet's story
            summary: Janet tells us about her care.
            draft: true
            ---
            ![Janet at home](janet-at-home.png)

            <img src="../plans/closure-map.png" alt="The plan">

            Read [her letter (PDF, 20 KB)][letter].

            [letter]: /stories/letter%20to%20us.pdf
            """;

    private TextSite site(String name, String extra) throws IOException {
        TextSite site = TextSite.write(dir.resolve(name), PAGES + extra);
        byte[] png = Files.readAllBytes(TestSite.PROJECT.resolve("content/pictures/share.png")); // a real picture
        TestSite.writeBytes(site.root().resolve("content/stories/janet-at-home.png"), png);
        TestSite.writeBytes(site.root().resolve("content/plans/closure-map.png"), png);
        TestSite.writeBytes(site.root().resolve("content/stories/letter to us.pdf"),
                Files.readAllBytes(firstPdf()));
        return site;
    }

    private static Path firstPdf() throws IOException {
        try (var walk = Files.walk(TestSite.PROJECT.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void whatADraftShowsIsNotPublishedUntilItIs() throws IOException {
        TextSite site = site("site", "");
        TextSite.Built built = site.build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .absent("/stories/janet/index.html", "/stories/janet-at-home.png", "/plans/closure-map.png", "/stories/letter to us.pdf")
                .warned("content/stories/janet-at-home.png: warning: this file is not published while the page that names it, "
                                + "content/stories/janet.md, is a draft.",
                        "content/plans/closure-map.png: warning: this file is not published while the page that names it",
                        "content/stories/letter to us.pdf: warning: this file is not published while the page that names it");
        built.file("/manifest.json").doesNotContain("janet-at-home", "closure-map");
        // Published with the page.
        Path janet = site.root().resolve("content/stories/janet.md");
        Files.writeString(janet, Files.readString(janet).replace("draft: true\n", ""));
        site.build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .exists("/stories/janet/index.html", "/stories/letter to us.pdf", "/stories/janet-at-home.png", "/plans/closure-map.png");
    }

    @Test
    void aFileAPublishedPageShowsTooIsPublished() throws IOException {
        site("site", """
                -- content/plans/index.md --
                ---
                title: Our plans
                summary: What we plan.
                ---
                ![The plan for Northam](closure-map.png)
                """).build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .exists("/plans/closure-map.png").absent("/stories/janet-at-home.png");
    }

    @Test
    void wordsOwnerFilesAreNotPublished() throws IOException {
        TextSite site = site("site", "");
        TestSite.writeBytes(site.root().resolve("content/~$nutes-draft.docx"), "jsmith".getBytes());
        TextSite.Built built = site.build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .warned("content/~$nutes-draft.docx: warning: this is a file Word, Excel or PowerPoint makes while a document "
                        + "is open, which holds the name of the person who opened it, so it is not published.");
        assertFalse(Files.exists(built.out().resolve("~$nutes-draft.docx")));
        assertTrue(built.printed().contains("add a line ~$* to its .gitignore file"), built.printed());
    }

    /** A photograph with the place it was taken (a phone's GPS) was published as it was, with no word. */
    @Test
    void aPhotographWithItsPlaceIsWarnedAboutAndAnEmptyFileIsSaidToBeEmpty() throws IOException {
        TextSite site = site("site", "");
        TestSite.writeBytes(site.root().resolve("content/stories/at-home.jpg"), org.engagementportal.attachments.PictureLocationTest
                .jpeg(java.nio.ByteOrder.LITTLE_ENDIAN, true, true, true));
        TestSite.writeBytes(site.root().resolve("content/stories/no-place.jpg"), org.engagementportal.attachments.PictureLocationTest
                .jpeg(java.nio.ByteOrder.LITTLE_ENDIAN, true, false, false));
        TextSite.Built built = site.build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .warned("content/stories/at-home.jpg: warning: this photograph has the place it was taken in it (its GPS location)");
        assertFalse(built.printed().contains("no-place.jpg"), built.printed());
        TestSite.writeBytes(site.root().resolve("content/stories/zero.png"), new byte[0]);
        site.build(dir.resolve("out"), "2026-11-23T09:00").failedWith("content/stories/zero.png: error: this file is empty (0 bytes)");
    }

    /** notes.MD was told the long list of kinds of file the portal publishes, where notes.markdown was told its name. */
    @Test
    void aPageEndingInCapitalMdIsToldItsName() throws IOException {
        TextSite site = site("site", """
                -- content/notes.MD --
                ---
                title: Notes
                summary: Our notes.
                ---
                Notes.
                """);
        site.build(dir.resolve("out"), "2026-11-23T09:00").failedWith("content/notes.MD: error: content files must end in .md, in "
                + "small letters, so this one is not read.");
        assertTrue(site.build(dir.resolve("out"), "2026-11-23T09:00").printed().contains("Fix: Rename it to notes.md."));
    }

    /**
     * A published page's own picture of the same name, in another folder, published the draft's (found in review: the
     * name was looked for anywhere); an address in angle brackets, with spaces, or with brackets in it was not read.
     */
    @Test
    void aPictureOfTheSameNameElsewhereOrWrittenOtherwiseIsNoExcuse() throws IOException {
        TextSite site = site("site", """
                -- content/plans/northam.md --
                ---
                title: Northam plans
                summary: Our plans for Northam.
                draft: true
                ---
                ![The site plan](map.png)

                ![The old plan](<old plan.png>) and ![A photo](photo(1).png)
                -- content/events/drop-in.md --
                ---
                title: Drop-in
                summary: Come and see us.
                starts: 2026-12-10T10:00
                venue: Kingsmere Library
                ---
                ![How to find us](map.png)
                """);
        byte[] png = Files.readAllBytes(TestSite.PROJECT.resolve("content/pictures/share.png"));
        for (String f : new String[] {"plans/map.png", "events/map.png", "plans/old plan.png", "plans/photo(1).png"}) {
            TestSite.writeBytes(site.root().resolve("content/" + f), png);
        }
        TextSite.Built built = site.build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .exists("/events/map.png").absent("/plans/map.png", "/plans/old plan.png", "/plans/photo(1).png");
        assertTrue(built.printed().contains("content/plans/map.png: warning: this file is not published while"), built.printed());
    }

    /**
     * A spreadsheet of respondents saved beside a page, or notes left in the folder, was published at a guessable address
     * and listed in manifest.json with no word (found by the privacy hunt). A file a page names or links to is not told.
     */
    @Test
    void aDocumentNoPageLinksToIsWarnedAbout() throws IOException {
        TextSite site = site("site", """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                Read [our annual report (text, 1 KB)](annual-report.txt).
                -- content/stories/respondents.csv --
                name,nhs
                Janet Morley,9434765919
                -- content/annual-report.txt --
                Our year.
                """);
        TextSite.Built built = site.build(dir.resolve("out"), "2026-11-23T09:00").succeeded()
                .warned("content/stories/respondents.csv: warning: no page links to this file, so no reader is led to it, but it "
                        + "is published at an address anyone could guess and listed in manifest.json.");
        assertFalse(built.printed().contains("content/annual-report.txt: warning"), built.printed());
        assertFalse(built.printed().contains("janet-at-home.png: warning: no page"), "pictures are not told: " + built.printed());
    }
}
