package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which files from content/ are published: an allow-list by name, with the Content-Type each is served
 * with, and for pictures a check that the first bytes agree with the name.
 */
class FileTypesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dental-plan.pdf         | application/pdf                                                          | documents
            DENTAL-PLAN.PDF         | application/pdf                                                          | documents
            minutes.docx            | application/vnd.openxmlformats-officedocument.wordprocessingml.document  | documents
            easy-read.txt           | text/plain; charset=utf-8                                                | documents
            figures.csv             | text/csv; charset=utf-8                                                  | spreadsheets and data
            budget.xlsx             | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet        | spreadsheets and data
            photo.JPEG              | image/jpeg                                                               | pictures
            logo.svg                | image/svg+xml                                                            | pictures
            talk.mp4                | video/mp4                                                                | video
            talk.vtt                | text/vtt; charset=utf-8                                                  | captions
            meeting.ics             | text/calendar; charset=utf-8                                             | calendars
            summary.mp3             | audio/mpeg                                                               | audio
            x.tar.pdf               | application/pdf                                                          | documents
            """)
    void publishedKindsHaveTheirContentType(String name, String contentType, String group) {
        FileTypes.Type type = FileTypes.of(name).orElseThrow();
        assertEquals(contentType, type.contentType());
        assertEquals(group, type.group());
        assertEquals(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT), type.extension());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"page.html", "page.htm", "page.xhtml", "app.js", "app.mjs", "feed.xml", "style.css", "run.exe", "run.sh",
            "index.php", "archive.zip", "movie.swf", "picture.svgz", "report.pdf.exe", "report.pdf.html", ".htaccess", "README",
            "trailing-dot.", "no.extension.", "web.config", "image.bmp", "app.wasm", "x.shtml"})
    void anythingElseIsNotPublished(String name) {
        assertEquals(Optional.empty(), FileTypes.of(name));
    }

    @Test
    void textTypesSayTheirCharacterSetSoServersDoNotGuess() {
        for (String name : new String[] {"a.txt", "a.csv", "a.vtt", "a.ics"}) {
            assertTrue(FileTypes.of(name).orElseThrow().contentType().endsWith("; charset=utf-8"), name);
        }
        assertFalse(FileTypes.of("a.pdf").orElseThrow().contentType().contains("charset"));
    }

    @Test
    void theListGivenToWritersNamesEveryGroupOnceAndNoPageOrScript() {
        String described = FileTypes.described();
        String[] groups = {"pictures", "documents", "spreadsheets and data", "audio", "video", "captions", "calendars"};
        int at = -1;
        for (String g : groups) {
            int i = described.indexOf(g + " (");
            assertTrue(i > at, g + " in order in: " + described);
            assertEquals(i, described.lastIndexOf(g + " ("), g + " once");
            at = i;
        }
        assertTrue(described.startsWith("pictures (.png, .jpg, .jpeg, .gif, .webp, .avif, .svg); documents (.pdf,"), described);
        for (String never : new String[] {".html", ".js", ".xml", ".css", ".exe"}) {
            assertFalse(described.contains(never + ",") || described.contains(never + ")"), never + " in " + described);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void picturesMustStartWithTheirOwnSignature() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        byte[] jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F');
        byte[] gif87 = ascii("GIF87a\u0001\u0000");
        byte[] gif89 = ascii("GIF89a\u0001\u0000");
        byte[] webp = ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ");
        byte[] html = ascii("<!DOCTYPE html><script>alert(1)</script>");
        assertTrue(FileTypes.contentMatches("png", png));
        assertTrue(FileTypes.contentMatches("PNG", png), "the extension in any case");
        assertTrue(FileTypes.contentMatches("jpg", jpeg) && FileTypes.contentMatches("jpeg", jpeg));
        assertTrue(FileTypes.contentMatches("gif", gif87) && FileTypes.contentMatches("gif", gif89));
        assertTrue(FileTypes.contentMatches("webp", webp));
        for (String ext : new String[] {"png", "jpg", "jpeg", "gif", "webp"}) {
            assertFalse(FileTypes.contentMatches(ext, html), "a page renamed to ." + ext);
            assertFalse(FileTypes.contentMatches(ext, new byte[0]), "an empty ." + ext);
        }
        assertFalse(FileTypes.contentMatches("png", jpeg), "a JPEG named .png");
        assertFalse(FileTypes.contentMatches("jpg", png), "a PNG named .jpg");
    }

    @Test
    void aRiffFileIsAWebpPictureOnlyWithWebpInItsHeader() {
        assertFalse(FileTypes.contentMatches("webp", ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")), "a WAV sound named .webp");
        assertFalse(FileTypes.contentMatches("webp", ascii("RIFF\u0024\u0000\u0000\u0000WEB")), "cut short before the type");
        assertFalse(FileTypes.contentMatches("webp", ascii("RIFF")));
    }

    @Test
    void aSignatureCutShortDoesNotMatch() {
        byte[] png = bytes(0x89, 'P', 'N', 'G');
        assertTrue(FileTypes.contentMatches("png", png));
        assertFalse(FileTypes.contentMatches("png", Arrays.copyOf(png, 3)));
        assertFalse(FileTypes.contentMatches("jpg", bytes(0xff, 0xd8)));
    }

    @Test
    void onlyPicturesHaveASignatureToCheck() {
        for (String ext : new String[] {"png", "JPG", "jpeg", "gif", "webp"}) {
            assertTrue(FileTypes.hasSignature(ext), ext);
        }
        for (String ext : new String[] {"pdf", "svg", "avif", "csv", "docx", "mp4"}) {
            assertFalse(FileTypes.hasSignature(ext), ext);
            assertTrue(FileTypes.contentMatches(ext, ascii("anything")), "not checked here: " + ext);
        }
    }
}
