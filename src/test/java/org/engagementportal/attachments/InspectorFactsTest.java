package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.engagementportal.tools.ExamplePapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the inspector reads from real PDFs made here with PDFBox, one property at a time: a title or a
 * language of spaces is none, and a PDF counts as tagged only when it is both marked and has a structure
 * tree, as PDF/UA asks.
 */
class InspectorFactsTest {
    @TempDir
    Path content;

    /** A one-page PDF, changed by {@code setUp} before it is saved. */
    private Path pdf(String name, Consumer<PDDocument> setUp) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            setUp.accept(doc);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void marked(PDDocumentCatalog catalog, boolean marked) {
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(marked);
        catalog.setMarkInfo(mark);
    }

    private FileFacts inspect(String name) {
        return new Inspector(content).inspect(name);
    }

    /** A PDF saved from Word keeps who saved it, and where, in its properties: published as it was, with no word. */
    @Test
    void aLoginOrAFilePathInAPdfsPropertiesIsFound() throws IOException {
        pdf("login.pdf", doc -> doc.getDocumentInformation().setCustomMetadataValue("LastSavedBy", "NORTHSHIRE\\jsmith"));
        assertEquals(Optional.of("a login name (NORTHSHIRE\\jsmith, as its LastSavedBy)"), inspect("login.pdf").trail());
        pdf("path.pdf", doc -> doc.getDocumentInformation().setCustomMetadataValue("SourceFile",
                "C:\\Users\\jsmith\\OneDrive - NHS Northshire\\Complaints\\Morley J - complaint.docx"));
        assertTrue(inspect("path.pdf").trail().orElseThrow().startsWith("a file's path on a computer (C:\\Users\\jsmith\\OneDrive"),
                inspect("path.pdf").trail().toString());
        pdf("share.pdf", doc -> doc.getDocumentInformation().setSubject("From \\\\fileserver\\board\\papers"));
        assertTrue(inspect("share.pdf").trail().isPresent());
        pdf("mac.pdf", doc -> doc.getDocumentInformation().setCustomMetadataValue("SourceFile", "/Users/jsmith/Desktop/plan.docx"));
        assertTrue(inspect("mac.pdf").trail().isPresent());
        // An author's name, the program that made it and a web address are what a PDF ordinarily says.
        pdf("plain.pdf", doc -> {
            doc.getDocumentInformation().setAuthor("Communications and Engagement Team");
            doc.getDocumentInformation().setCreator("Microsoft Word for Microsoft 365");
            doc.getDocumentInformation().setKeywords("https://www.example.nhs.uk/plans, dentistry");
            // A web address with /home/ in it is not a computer's path (found in review).
            doc.getDocumentInformation().setSubject("Read more at https://www.northshire.nhs.uk/home/reports/");
        });
        assertEquals(Optional.empty(), inspect("plain.pdf").trail());
    }

    @Test
    void aTitleOrLanguageOfSpacesIsNone() throws IOException {
        pdf("blank.pdf", doc -> {
            doc.getDocumentInformation().setTitle("   ");
            doc.getDocumentCatalog().setLanguage(" \t");
        });
        FileFacts facts = inspect("blank.pdf");
        assertEquals(Optional.empty(), facts.title());
        assertEquals(Optional.empty(), facts.language());
        assertEquals(List.of("no title", "no language", "no tags"), facts.accessibilityGaps());
    }

    @Test
    void aTitleAndLanguageAreReadWithoutTheSpacesAroundThem() throws IOException {
        pdf("spaced.pdf", doc -> {
            doc.getDocumentInformation().setTitle("  Dental access: what we heard \n");
            doc.getDocumentCatalog().setLanguage(" cy ");
        });
        FileFacts facts = inspect("spaced.pdf");
        assertEquals(Optional.of("Dental access: what we heard"), facts.title());
        assertEquals(Optional.of("cy"), facts.language());
        assertEquals(List.of("no tags"), facts.accessibilityGaps());
    }

    @Test
    void aTitleWordOrPowerPointFilledInIsNone() throws IOException {
        for (String automatic : List.of("Microsoft Word - Document1", "Microsoft PowerPoint - slides.pptx", "Microsoft Excel - Book1")) {
            pdf("auto.pdf", doc -> {
                doc.getDocumentInformation().setTitle(automatic);
                doc.getDocumentCatalog().setLanguage("en-GB");
            });
            String program = automatic.substring("Microsoft ".length(), automatic.indexOf(" - "));
            assertEquals(List.of("no title of its own (screen readers announce \"" + automatic + "\", the title " + program
                    + " gave it)", "no tags"), inspect("auto.pdf").accessibilityGaps(), automatic);
            Files.delete(content.resolve("auto.pdf"));
        }
        // A paper about the programs is titled: only the programs' own "Microsoft Word - " start is theirs.
        pdf("about.pdf", doc -> doc.getDocumentInformation().setTitle("Microsoft Word training for staff"));
        assertEquals(List.of("no language", "no tags"), inspect("about.pdf").accessibilityGaps());
    }

    @Test
    void aPdfCutOffBeforeItsEndIsUnreadable() throws IOException {
        Path whole = content.resolve("whole.pdf");
        ExamplePapers.write(whole, true, "Finance report", "Finance report", List.of("First.", "Second.", "Third."));
        byte[] bytes = Files.readAllBytes(whole);
        // As a copy or upload stopped part of the way: PDFBox's lenient reading opens what is there.
        Files.write(content.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length * 9 / 10));
        FileFacts facts = inspect("cut.pdf");
        assertTrue(facts.unreadable().orElseThrow().why().contains("cut off"), facts.toString());
        assertEquals(List.of(), facts.accessibilityGaps(), "an unreadable file is an error, not a list of gaps");
    }

    @Test
    void aPdfWithALittleAfterItsEndIsRead() throws IOException {
        Path whole = content.resolve("whole.pdf");
        ExamplePapers.write(whole, true, "Finance report", "Finance report", List.of("Text."));
        byte[] bytes = Files.readAllBytes(whole);
        // Some writers add a line end, some pad with NULs (to a disk block), some add a few hundred bytes of their own.
        java.io.ByteArrayOutputStream padded = new java.io.ByteArrayOutputStream();
        padded.write(bytes);
        padded.write("\r\n  \t".getBytes(StandardCharsets.US_ASCII));
        padded.write(new byte[8192]);
        Files.write(content.resolve("padded.pdf"), padded.toByteArray());
        padded.reset();
        padded.write(bytes);
        padded.write("x".repeat(900).getBytes(StandardCharsets.US_ASCII));
        Files.write(content.resolve("trailer.pdf"), padded.toByteArray());
        assertEquals(Optional.empty(), inspect("whole.pdf").unreadable());
        assertEquals(Optional.empty(), inspect("padded.pdf").unreadable());
        assertEquals(Optional.empty(), inspect("trailer.pdf").unreadable());
    }

    @Test
    void theExamplesPdfsAreNotTakenForCutOff() throws IOException {
        Path examples = Path.of("content");
        try (var files = Files.walk(examples)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertFalse(pdfs.isEmpty());
            for (Path pdf : pdfs) {
                assertEquals(Optional.empty(), new Inspector(examples).inspect(examples.relativize(pdf).toString()).unreadable(),
                        pdf.toString());
            }
        }
    }

    @Test
    void markedWithoutAStructureTreeIsNotTagged() throws IOException {
        pdf("marked.pdf", doc -> marked(doc.getDocumentCatalog(), true));
        assertFalse(inspect("marked.pdf").tagged());
    }

    @Test
    void aStructureTreeWithoutTheMarkIsNotTagged() throws IOException {
        pdf("tree.pdf", doc -> doc.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot()));
        pdf("unmarked.pdf", doc -> {
            marked(doc.getDocumentCatalog(), false);
            doc.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
        });
        assertFalse(inspect("tree.pdf").tagged());
        assertFalse(inspect("unmarked.pdf").tagged());
    }

    @Test
    void markedWithAStructureTreeIsTagged() throws IOException {
        pdf("tagged.pdf", doc -> {
            marked(doc.getDocumentCatalog(), true);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            root.appendKid(new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement("Document", root));
            doc.getDocumentCatalog().setStructureTreeRoot(root);
        });
        FileFacts facts = inspect("tagged.pdf");
        assertTrue(facts.tagged());
        assertEquals(List.of("no title", "no language"), facts.accessibilityGaps());
    }

    @Test
    void markedWithAStructureTreeOfNothingIsNotTagged() throws IOException {
        // Some tools write the mark and an empty tree: a screen reader finds no headings or paragraphs in it.
        pdf("no-kids.pdf", doc -> {
            marked(doc.getDocumentCatalog(), true);
            doc.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
        });
        pdf("empty-kids.pdf", doc -> {
            marked(doc.getDocumentCatalog(), true);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            root.setK(new org.apache.pdfbox.cos.COSArray());
            doc.getDocumentCatalog().setStructureTreeRoot(root);
        });
        assertFalse(inspect("no-kids.pdf").tagged());
        assertEquals(List.of("no title", "no language", "no tags"), inspect("empty-kids.pdf").accessibilityGaps());
    }

    @Test
    void aPdfWhosePermissionsKeepItsTextFromScreenReadersHasThatGap() throws IOException {
        ExamplePapers.write(content.resolve("locked.pdf"), true, "Finance report", "Finance report", List.of("Text."));
        ExamplePapers.restrict(content.resolve("locked.pdf"), false);
        FileFacts facts = inspect("locked.pdf");
        assertEquals(Optional.empty(), facts.unreadable(), "an owner password alone lets anyone open it");
        assertEquals(List.of("a security setting that keeps its text from screen readers"), facts.accessibilityGaps());
        // Copying forbidden but screen readers allowed, as PDF/UA permits: nothing is missing.
        ExamplePapers.write(content.resolve("copy-protected.pdf"), true, "Finance report", "Finance report", List.of("Text."));
        ExamplePapers.restrict(content.resolve("copy-protected.pdf"), true);
        assertEquals(List.of(), inspect("copy-protected.pdf").accessibilityGaps());
    }

    @Test
    void theExamplePapersAreReadAsTheirMakerWroteThem() throws IOException {
        Path paper = content.resolve("consultations/plan.pdf");
        Files.createDirectories(paper.getParent());
        ExamplePapers.write(paper, true, "Our plan for dentistry", "Our plan", List.of("First.", "Second.", "Third."));
        FileFacts facts = inspect("consultations/plan.pdf");
        assertEquals(new FileFacts(Files.size(paper), true, OptionalInt.of(1), Optional.of("Our plan for dentistry"),
                Optional.of("en-GB"), true, Optional.empty()), facts);
    }

    @Test
    void whatAPdfWouldRunOrSendIsFoundWhereverItIsWritten() throws IOException {
        // Published as it was, on the site's own address: a script on opening, a form posting to another site.
        pdf("opens.pdf", doc -> doc.getDocumentCatalog().setOpenAction(script("app.alert('hello')")));
        pdf("named.pdf", doc -> {
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
            var scripts = new org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("init", script("this.print()")));
            names.setJavascript(scripts);
            doc.getDocumentCatalog().setNames(names);
        });
        pdf("link.pdf", doc -> {
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            var submit = new org.apache.pdfbox.cos.COSDictionary();
            submit.setName(org.apache.pdfbox.cos.COSName.S, "SubmitForm");
            submit.setString(org.apache.pdfbox.cos.COSName.F, "https://collect.example/");
            link.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.A, submit);
            try {
                doc.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        pdf("launch.pdf", doc -> {
            var launch = new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
            var actions = new org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions();
            actions.setO(launch);
            doc.getPage(0).setActions(actions);
        });
        assertEquals(Optional.of("JavaScript, which PDF readers run"), inspect("opens.pdf").programs());
        assertEquals(Optional.of("JavaScript, which PDF readers run"), inspect("named.pdf").programs());
        assertEquals(Optional.of("a form that sends what is typed in it to a web address"), inspect("link.pdf").programs());
        assertEquals(Optional.of("a command to start another program"), inspect("launch.pdf").programs());
        // Links to web pages and to places in the document are not programs.
        pdf("plain.pdf", doc -> {
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://www.example.nhs.uk/");
            link.setAction(uri);
            try {
                doc.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var go = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
            go.setPage(doc.getPage(0));
            doc.getDocumentCatalog().setOpenAction(go);
        });
        assertEquals(Optional.empty(), inspect("plain.pdf").programs());
    }

    @Test
    void aFormsOwnFormattingIsNotAProgramButAScriptLinkIs() throws IOException {
        // The review: a fillable form made in Acrobat formats its fields with Acrobat's own functions, and was refused;
        // and a link whose address is javascript: was not noticed.
        pdf("form.pdf", doc -> {
            var fieldActions = new org.apache.pdfbox.cos.COSDictionary();
            fieldActions.setItem(org.apache.pdfbox.cos.COSName.getPDFName("F"), script("AFNumber_Format(2, 0, 0, 0, \"\", true);"));
            fieldActions.setItem(org.apache.pdfbox.cos.COSName.getPDFName("K"), script("AFDate_KeystrokeEx(\"dd/mm/yyyy\");"));
            fieldActions.setItem(org.apache.pdfbox.cos.COSName.getPDFName("C"),
                    script("AFSimple_Calculate(\"SUM\", new Array (\"first\", \"second\"));"));
            var widget = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget();
            widget.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AA, fieldActions);
            try {
                doc.getPage(0).getAnnotations().add(widget);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(Optional.empty(), inspect("form.pdf").programs());
        pdf("sends.pdf", doc -> doc.getDocumentCatalog().setOpenAction(script("AFNumber_Format(2); event.value = app.viewerVersion;")));
        assertEquals(Optional.of("JavaScript, which PDF readers run"), inspect("sends.pdf").programs());
        pdf("scriptlink.pdf", doc -> {
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI(" JavaScript:app.alert(1)");
            link.setAction(uri);
            try {
                doc.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(Optional.of("JavaScript, which PDF readers run"), inspect("scriptlink.pdf").programs());
    }

    private static org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript script(String js) {
        return new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(js);
    }

    @Test
    void aPdfIsKnownByItsNameInAnyCase() throws IOException {
        pdf("SCAN.PDF", doc -> doc.getDocumentInformation().setTitle("Scan"));
        FileFacts facts = inspect("SCAN.PDF");
        assertTrue(facts.pdf());
        assertEquals(Optional.of("Scan"), facts.title());
    }

    @Test
    void aPdfUnderAnotherNameIsNotOpened() throws IOException {
        Path file = pdf("paper.pdf", doc -> doc.getDocumentInformation().setTitle("Paper"));
        Files.copy(file, content.resolve("paper.pdf.txt"));
        FileFacts facts = inspect("paper.pdf.txt");
        assertEquals(FileFacts.other(Files.size(file)), facts);
        assertEquals(List.of(), facts.accessibilityGaps(), "gaps are a PDF's only");
    }

    @Test
    void eachFileIsReadOnceHoweverManyPagesLinkToIt() throws IOException {
        pdf("shared.pdf", doc -> doc.getDocumentInformation().setTitle("First"));
        Inspector inspector = new Inspector(content);
        FileFacts first = inspector.inspect("shared.pdf");
        pdf("shared.pdf", doc -> doc.getDocumentInformation().setTitle("Second"));
        assertSame(first, inspector.inspect("shared.pdf"), "the facts of the build's first look");
        assertEquals(Optional.of("Second"), new Inspector(content).inspect("shared.pdf").title(), "a new build reads it again");
    }

    @Test
    void anUnreadablePdfStillHasItsSize() throws IOException {
        byte[] bytes = "%PDF-1.7\nnot really\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(content.resolve("fake.pdf"), bytes);
        FileFacts facts = inspect("fake.pdf");
        assertEquals(bytes.length, facts.bytes());
        assertTrue(facts.pdf());
        assertEquals(OptionalInt.empty(), facts.pages());
        assertTrue(facts.unreadable().orElseThrow().why().contains("damaged"), facts.toString());
    }

    @Test
    void anEmptyPdfIsUnreadable() throws IOException {
        Files.write(content.resolve("empty.pdf"), new byte[0]);
        FileFacts facts = inspect("empty.pdf");
        assertEquals(0, facts.bytes());
        assertTrue(facts.unreadable().isPresent());
    }

    @Test
    void aMissingFileIsABugNotAFact() {
        // The loader reports a link to a missing file; asking the inspector about one is a mistake in the portal.
        assertThrows(UncheckedIOException.class, () -> inspect("missing.pdf"));
    }

    /** A PDF with no xref table (PDFBox finds the objects by searching) whose page list is nested {@code depth} deep. */
    private Path nestedPages(String name, int depth) throws IOException {
        String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids "
                + "[".repeat(depth) + "]".repeat(depth) + " /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return Files.writeString(content.resolve(name), body, StandardCharsets.US_ASCII);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPdfOfArraysNestedThousandsDeepIsUnreadableNotACrash() throws IOException {
        nestedPages("shallow.pdf", 1);
        assertEquals(Optional.empty(), inspect("shallow.pdf").unreadable(), "the same file, not nested, is read");
        nestedPages("deep.pdf", 200_000);
        FileFacts facts = inspect("deep.pdf");
        assertTrue(facts.pdf());
        assertTrue(facts.unreadable().orElseThrow().why().contains("damaged"), facts.toString());
    }

    @Test
    void gapsAreListedOneByOne() {
        FileFacts complete = new FileFacts(10, true, OptionalInt.of(1), Optional.of("T"), Optional.of("en"), true, Optional.empty());
        assertEquals(List.of(), complete.accessibilityGaps());
        assertEquals(List.of("no title"), new FileFacts(10, true, OptionalInt.of(1), Optional.empty(), Optional.of("en"), true,
                Optional.empty()).accessibilityGaps());
        assertEquals(List.of("no language"), new FileFacts(10, true, OptionalInt.of(1), Optional.of("T"), Optional.empty(), true,
                Optional.empty()).accessibilityGaps());
        assertEquals(List.of(), new FileFacts(10, true, OptionalInt.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(Unreadable.DAMAGED)).accessibilityGaps(), "an unreadable PDF is an error of its own, not three gaps");
    }
}
