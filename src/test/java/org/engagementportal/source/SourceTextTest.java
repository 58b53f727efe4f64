package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void removesByteOrderMarkAndWindowsLineEndings() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "---\r\ntitle: Hello\r\n---\r\nText\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Problems problems = new Problems();

        SourceText text = SourceText.decode("content/a.md", bytes, problems).orElseThrow();

        assertEquals("---\ntitle: Hello\n---\nText\n", text.text());
        assertTrue(problems.isEmpty());
        assertEquals("title: Hello", text.line(2));
    }

    @Test
    void reportsInvalidUtf8AtTheLineAndColumnOfTheBadByte() {
        byte[] good = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // é in Windows-1252, not UTF-8
        bytes[good.length + 1] = '\n';
        Problems problems = new Problems();

        assertTrue(SourceText.decode("content/cafe.md", bytes, problems).isEmpty());

        List<Problem> found = problems.sorted();
        assertEquals(1, found.size());
        Problem p = found.get(0);
        assertEquals(new Position("content/cafe.md", 2, 11), p.position());
        assertTrue(p.message().contains("not saved as UTF-8") && p.message().contains("0xE9"), p.message());
        assertTrue(p.fix().contains("UTF-8"), p.fix());
    }

    /** Notepad's "Unicode" was told that the byte 0xFF was not a valid character, and shown a line of \u0000s. */
    @Test
    void aFileInUtf16IsToldSo() {
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] text = "---\ntitle: Hello\n".getBytes(utf16);
            byte[] bytes = new byte[text.length + 2];
            bytes[0] = (byte) (utf16 == StandardCharsets.UTF_16LE ? 0xFF : 0xFE); // the byte order mark Notepad writes
            bytes[1] = (byte) (utf16 == StandardCharsets.UTF_16LE ? 0xFE : 0xFF);
            System.arraycopy(text, 0, bytes, 2, text.length);
            Problems problems = new Problems();
            assertTrue(SourceText.decode("content/notes.md", bytes, problems).isEmpty());
            Problem p = problems.sorted().get(0);
            assertEquals(new Position("content/notes.md", 1, 1), p.position());
            assertEquals("this file is saved as UTF-16 (which Notepad calls \"Unicode\"), not as UTF-8 text.", p.message());
            assertTrue(p.fix().contains("choose UTF-8 under Encoding"), p.fix());
        }
    }

    @Test
    void aFileEndingInTheMiddleOfACharacterIsInvalid() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
        Problems problems = new Problems();
        assertTrue(SourceText.decode("content/x.md", bytes, problems).isEmpty());
        assertEquals(new Position("content/x.md", 1, 2), problems.sorted().get(0).position());
    }

    @Test
    void findsLineAndColumnOfAnOffset() {
        SourceText text = SourceText.of("f", "ab\ncde\n\nf");
        assertEquals(new Position("f", 1, 1), text.positionAt(0));
        assertEquals(new Position("f", 2, 3), text.positionAt(5));
        assertEquals(new Position("f", 4, 1), text.positionAt(8));
        assertEquals(4, text.lineCount());
        assertEquals("", text.line(3));
    }
}
