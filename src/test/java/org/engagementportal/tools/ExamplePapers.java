package org.engagementportal.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.cos.COSDictionary;

/**
 * Makes small PDF papers for the example portal and the tests: a tagged one (title, language, structure
 * tree with headings and paragraphs, as an accessible export would) and an untagged one (text drawn with no
 * structure, no title, no language, as a scan or a careless export). Run with the test class path:
 * {@code ExamplePapers tagged|untagged OUT.pdf "Title" "Heading" "paragraph" ...}.
 */
public final class ExamplePapers {
    private static COSArray parents;

    private ExamplePapers() {
    }

    public static void main(String[] args) throws IOException {
        boolean tagged = args[0].equals("tagged");
        write(Path.of(args[1]), tagged, args[2], args[3], List.of(args).subList(4, args.length));
    }

    /** Writes a one-page (or longer) PDF; identical arguments give an identical file. */
    public static void write(Path out, boolean tagged, String title, String heading, List<String> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2026, Calendar.JANUARY, 1);
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            info.setProducer("engagement-portal example papers");
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDStructureElement document = null;
            if (tagged) {
                info.setTitle(title);
                catalog.setLanguage("en-GB");
                PDMarkInfo mark = new PDMarkInfo();
                mark.setMarked(true);
                catalog.setMarkInfo(mark);
                PDStructureTreeRoot root = new PDStructureTreeRoot();
                catalog.setStructureTreeRoot(root);
                document = new PDStructureElement("Document", root);
                root.appendKid(document);
                PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
                prefs.setDisplayDocTitle(true);
                catalog.setViewerPreferences(prefs);
            }
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            int mcid = 0;
            parents = new COSArray();
            float y = 780;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                mcid = block(cs, document, page, "H1", mcid, bold, 18, heading, y);
                y -= 36;
                for (String p : paragraphs) {
                    for (String line : wrap(p, 85)) {
                        mcid = block(cs, document, page, "P", mcid, regular, 11, line, y);
                        y -= 16;
                    }
                    y -= 8;
                }
            }
            if (tagged) {
                // The parent tree maps each marked-content id on the page back to its structure element.
                page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
                COSDictionary parentTree = new COSDictionary();
                COSArray nums = new COSArray();
                nums.add(COSInteger.get(0));
                nums.add(parents);
                parentTree.setItem(COSName.NUMS, nums);
                catalog.getStructureTreeRoot().getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
                catalog.getStructureTreeRoot().getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, 1);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            doc.setDocumentId(1L);
            doc.save(out.toFile());
        }
    }

    /**
     * Protects a PDF written here with an owner password alone, as Word's and Acrobat's "restrict editing" do: it opens
     * for anyone, copying its text is forbidden, and so is reading it to a screen reader unless {@code screenReaders}.
     */
    public static void restrict(Path pdf, boolean screenReaders) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            AccessPermission allowed = new AccessPermission();
            allowed.setCanExtractContent(false);
            allowed.setCanExtractForAccessibility(screenReaders);
            doc.protect(new StandardProtectionPolicy("owner", "", allowed));
            doc.save(pdf.toFile());
        }
    }

    private static int block(PDPageContentStream cs, PDStructureElement parent, PDPage page, String role, int mcid,
                             PDType1Font font, float size, String text, float y) throws IOException {
        if (parent != null) {
            PDStructureElement element = new PDStructureElement(role, parent);
            element.setPage(page);
            org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent content =
                    new org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent(COSName.getPDFName(role), new COSDictionary());
            content.getProperties().setInt(COSName.MCID, mcid);
            element.appendKid(content);
            parent.appendKid(element);
            parents.add(element);
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            cs.beginMarkedContent(COSName.getPDFName(role), PDPropertyList.create(props));
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(56, y);
        cs.showText(text);
        cs.endText();
        if (parent != null) {
            cs.endMarkedContent();
        }
        return mcid + 1;
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
