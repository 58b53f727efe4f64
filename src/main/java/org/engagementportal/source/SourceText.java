package org.engagementportal.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of one source file, decoded strictly as UTF-8, with a byte-order mark removed and Windows or
 * old Mac line endings turned into {@code \n}, so that positions and output do not depend on the editor
 * that saved the file. Knows where each line starts, to turn an offset into a line and column.
 */
public final class SourceText {
    private final String file;
    private final String text;
    /**
     * Where the first {@link #known} lines start, found as they are asked for: reading a page's front matter needs
     * its first lines only, and a text's lines are otherwise looked up only to report a problem.
     */
    private int[] lineStarts = new int[16];
    private int known = 1;
    /** Whether {@link #lineStarts} holds every line's start. */
    private boolean complete;

    private SourceText(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Finds the starts of lines until {@code line} lines are known (1-based) or every one is; whether it is. */
    private synchronized boolean knowLine(int line) {
        while (known < line && !complete) {
            int nl = text.indexOf('\n', lineStarts[known - 1]);
            if (nl < 0) {
                complete = true;
                break;
            }
            if (known == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, known * 2);
            }
            lineStarts[known++] = nl + 1;
        }
        return known >= line;
    }

    /** Every line's start. */
    private synchronized void knowAll() {
        knowLine(Integer.MAX_VALUE);
    }

    /** Whether the text has a 1-based line {@code line} (the text after its last line break is a line, even empty). */
    public boolean hasLine(int line) {
        return line >= 1 && knowLine(line);
    }

    /** Text that is known to be good, for tests and generated sources. */
    public static SourceText of(String file, String text) {
        return new SourceText(file, normalise(text));
    }

    /**
     * Decodes a file's bytes. Invalid UTF-8 becomes a problem at the line and column of the first bad
     * byte, with advice on saving the file as UTF-8, and an empty result.
     */
    public static Optional<SourceText> decode(String file, byte[] bytes, Problems problems) {
        int start = hasBom(bytes) ? 3 : 0;
        Optional<String> text = strictly(bytes, start);
        if (text.isPresent()) {
            return Optional.of(new SourceText(file, normalise(text.get())));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            // Notepad's "Unicode": every character two bytes, which UTF-8 reads as nonsense from the first byte on.
            problems.error(new Position(file, 1, 1), "this file is saved as UTF-16 (which Notepad calls \"Unicode\"), not as "
                            + "UTF-8 text.",
                    "Save it again as UTF-8: in Notepad, File > Save as, and choose UTF-8 under Encoding; in other editors, "
                            + "File > Save with Encoding > UTF-8.");
            return Optional.empty();
        }
        int bad = firstInvalidByte(bytes, start);
        // Decode the good part before the bad byte to say where it is in the user's terms.
        String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
        SourceText prefix = new SourceText(file, normalise(before));
        Position at = prefix.positionAt(prefix.text.length());
        problems.error(at,
                String.format("this file is not saved as UTF-8 text: the byte 0x%02X here is not a valid character",
                        bytes[bad] & 0xff),
                "Save the file with UTF-8 encoding (in most editors: File > Save with Encoding > UTF-8), "
                        + "then retype any character that looks wrong, such as a pound sign or curly quote.");
        return Optional.empty();
    }

    /**
     * A file's text as {@link #decode} makes it (a byte-order mark removed, line endings as {@code \n}), for a file
     * read before; empty when it is no longer valid UTF-8.
     */
    public static Optional<String> textOf(byte[] bytes) {
        return strictly(bytes, hasBom(bytes) ? 3 : 0).map(SourceText::normalise);
    }

    /**
     * The bytes from {@code start} as UTF-8, or empty if they are not valid UTF-8. Java's own decoding into a
     * string is the quick way (one pass, straight into the string's compact form), but it replaces a bad byte with
     * U+FFFD rather than failing: so a text without U+FFFD had none, and only one with it (a bad byte, or a
     * replacement character really written in the file) is decoded again, strictly.
     */
    private static Optional<String> strictly(byte[] bytes, int start) {
        String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return Optional.of(quick);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the 1-based line {@code line} of a file's text, as {@link #decode} makes it, starts in the file's bytes:
     * after a byte-order mark and {@code line - 1} line endings ({@code \r\n}, {@code \n} or {@code \r}); the
     * end of the bytes when the text has fewer lines.
     */
    public static int byteOffsetOfLine(byte[] bytes, int line) {
        int i = hasBom(bytes) ? 3 : 0;
        for (int breaks = 1; breaks < line; breaks++) {
            while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
                i++;
            }
            if (i == bytes.length) {
                return i;
            }
            i += bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
        }
        return i;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidByte(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int extra;
            int min;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + extra >= b.length) {
                return i; // the file ends in the middle of a character
            }
            int cp = c & (0xFF >> (extra + 2));
            for (int k = 1; k <= extra; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += extra + 1;
        }
        return b.length - 1;
    }

    private static String normalise(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    /**
     * Reports each place the text still holds both sides of a merge git could not make by itself: a line starting
     * {@code <<<<<<<}, then one side, {@code =======}, the other, and {@code >>>>>>>} (with {@code |||||||} and the common
     * ancestor between, in diff3's style), as a pull request's "Resolve conflicts" or an editor leaves them when saved
     * before choosing. Published, a page showed both phone numbers and the markers; read, the markers gave other mistakes
     * (a heading, a setting with no colon) at other lines. A marker line is seven of the marker alone or before a space: a
     * line of {@code =======} alone is a heading's underline in Markdown, so it is not looked for by itself. Whether any
     * was found, in which case the file is best not read further.
     */
    public boolean reportMergeConflicts(Problems problems) {
        if (text.indexOf("<<<<<<<") < 0 && text.indexOf(">>>>>>>") < 0 && text.indexOf("|||||||") < 0) {
            return false; // the quick look, as nearly every file has none
        }
        boolean found = false;
        boolean inside = false;
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(at, end);
            boolean opens = marker(line, '<');
            if (opens || !inside && (marker(line, '>') || marker(line, '|'))) {
                found = true;
                problems.error(positionAt(at), "this file still holds two versions of the same lines from a merge, between the "
                                + "lines <<<<<<< and >>>>>>>, so it cannot be published as it is.",
                        "Keep the lines you want (those between <<<<<<< and =======, or between ======= and >>>>>>>), then delete "
                                + "the other version and the lines <<<<<<<, ======= and >>>>>>>"
                                + (text.contains("\n|||||||") ? " (and the lines from ||||||| to =======, the text before both changes)" : "")
                                + ". On GitHub, the pull request's 'Resolve conflicts' button does this.");
            }
            inside = opens || inside && !marker(line, '>');
            at = end + 1;
        }
        return found;
    }

    /** A merge's marker line: seven of {@code c}, then nothing or a space and a name ("<<<<<<< HEAD"). */
    private static boolean marker(String line, char c) {
        if (line.length() < 7 || line.length() > 7 && line.charAt(7) != ' ') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    public synchronized int lineCount() {
        knowAll();
        return known;
    }

    /** The 1-based line and column of a character offset. */
    public synchronized Position positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        while (!complete && lineStarts[known - 1] <= clamped) {
            knowLine(known + 1);
        }
        int idx = Arrays.binarySearch(lineStarts, 0, known, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(file, line + 1, clamped - lineStarts[line] + 1);
    }

    /** The character offset where a 1-based line starts (the last line's, past the last; the first's, before it). */
    public synchronized int offsetOfLine(int line) {
        knowLine(line);
        return lineStarts[Math.max(0, Math.min(line - 1, known - 1))];
    }

    /** The text of a 1-based line, without its line ending. */
    public synchronized String line(int line) {
        if (line < 1 || !knowLine(line)) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = knowLine(line + 1) ? lineStarts[line] - 1 : text.length();
        return text.substring(start, end);
    }
}
