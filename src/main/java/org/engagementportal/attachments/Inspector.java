package org.engagementportal.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the facts of attachment files, each file once however many pages link to it (thread-safe). PDFs
 * are opened with Apache PDFBox: page count, document title (from its properties), language (from its
 * catalogue), whether it is tagged (marked, with a structure tree) and whether its permissions let screen readers read it.
 */
public final class Inspector {
    private final Path contentRoot;
    private final Map<String, FileFacts> cache = new ConcurrentHashMap<>();

    public Inspector(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    /** The facts of a file under content/ ("consultations/dental-plan.pdf"), which must exist. */
    public FileFacts inspect(String file) {
        return cache.computeIfAbsent(file, f -> stamped(contentRoot.resolve(f)));
    }

    /**
     * What this process last read of each file, with its size and time: the preview checks the same PDFs at every save,
     * and opening each with PDFBox again would cost a save tens of milliseconds a file. One entry a file.
     */
    private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

    /** A file's facts, and its size, time and identity when they were read. */
    private record Read(String stamp, FileFacts facts) {
    }

    private static FileFacts stamped(Path file) {
        String stamp;
        try {
            var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            stamp = a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey();
        } catch (IOException e) {
            return read(file);
        }
        Read before = READ.get(file);
        if (before != null && before.stamp().equals(stamp)) {
            return before.facts();
        }
        FileFacts facts = read(file);
        READ.put(file, new Read(stamp, facts));
        return facts;
    }

    static FileFacts read(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return FileFacts.other(bytes);
        }
        if (bytes == 0) {
            return unreadable(bytes, Unreadable.EMPTY); // a copy that failed, which PDFBox would call damaged
        }
        if (cutOff(file, bytes)) {
            return unreadable(bytes, Unreadable.CUT_OFF);
        }
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            Optional<String> title = Optional.ofNullable(pdf.getDocumentInformation().getTitle()).map(String::strip)
                    .filter(t -> !t.isEmpty());
            Optional<String> language = Optional.ofNullable(catalog.getLanguage()).map(String::strip).filter(l -> !l.isEmpty());
            PDMarkInfo mark = catalog.getMarkInfo();
            boolean tagged = mark != null && mark.isMarked() && hasStructure(catalog.getStructureTreeRoot());
            // An owner password alone opens for anyone, but its permissions still bind: screen readers obey one that
            // forbids taking the text out for accessibility, and read nothing.
            boolean locked = pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractForAccessibility();
            return new FileFacts(bytes, true, OptionalInt.of(pdf.getNumberOfPages()), title, language, tagged, locked,
                    Optional.empty(), programs(pdf), trailOf(pdf));
        } catch (InvalidPasswordException e) {
            return unreadable(bytes, Unreadable.PASSWORD);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports most damage as IOException, some as runtime exceptions, and a file of objects nested
            // thousands deep overflows its recursive parser: each is a file the portal cannot read, not a bug.
            return unreadable(bytes, Unreadable.DAMAGED);
        } catch (OutOfMemoryError e) {
            // A small file can unpack into gigabytes (PDFBox holds an unpacked object stream in memory). The failed
            // allocation is this file's alone, and it is released as the error unwinds.
            return unreadable(bytes, Unreadable.TOO_BIG);
        }
    }

    /** A Windows login, "NORTHSHIRE\jsmith": a domain's name, a backslash and a user's. */
    private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("\\b[A-Za-z][A-Za-z0-9-]{1,14}\\\\[A-Za-z0-9._-]{2,}\\b");
    /** A file's path on a computer or a share: "C:\Users\...", "\\server\share", "/Users/jsmith/", "/home/jsmith/". */
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile(
            "\\b[A-Za-z]:\\\\\\S|\\\\\\\\[A-Za-z0-9]|(?:^|[\\s\"'(])/(?:Users|home)/[A-Za-z0-9._-]+/");

    /**
     * What the PDF's document properties (author, subject, keywords, the program's own entries and any added by the
     * writer's organisation) give of who made it and where: a login name or a file's path on a computer, which anyone who
     * opens the PDF can read in its properties. The first found, in words; empty if none.
     */
    private static Optional<String> trailOf(PDDocument pdf) {
        try {
            return trail(pdf.getDocumentInformation());
        } catch (RuntimeException e) {
            return Optional.empty(); // properties the file's maker wrote oddly: the file is no less readable for it
        }
    }

    static Optional<String> trail(org.apache.pdfbox.pdmodel.PDDocumentInformation info) {
        for (String key : new java.util.TreeSet<>(info.getMetadataKeys())) {
            String value = info.getCustomMetadataValue(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            String shown = value.strip().length() > 80 ? value.strip().substring(0, 80) + "..." : value.strip();
            if (PATH.matcher(value).find()) { // first: "C:\Users\jsmith" has a login's shape too
                return Optional.of("a file's path on a computer (" + shown + ", as its " + key + ")");
            }
            if (LOGIN.matcher(value).find()) {
                return Optional.of("a login name (" + shown + ", as its " + key + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * How far before the end, past line ends, spaces and NULs, a whole PDF's "%%EOF" may be (some writers add a little);
     * and how far into it its "%PDF-" may be.
     */
    private static final int EOF_WITHIN = 1024;

    /**
     * Whether the file starts as a PDF (its "%PDF-" within the first kilobyte, where PDFBox looks for it) but does not end
     * as every PDF does, with "%%EOF" (followed by at most a little of a writer's own, line ends, spaces or NULs).
     * PDFBox's lenient reading opens a file cut off part of the way and reads garbage for its text; without this it would
     * be published as it is. A file that does not start as a PDF is left to PDFBox, to be told as another kind of file.
     */
    private static boolean cutOff(Path file, long bytes) {
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file)) {
            byte[] head = new byte[(int) Math.min(EOF_WITHIN, bytes)];
            readFully(in, head, head.length, 0);
            if (!new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                return false;
            }
            long end = bytes;
            byte[] block = new byte[8192];
            while (end > 0) { // back past the padding, a block at a time
                int n = (int) Math.min(block.length, end);
                readFully(in, block, n, end - n);
                int kept = n;
                while (kept > 0 && padding(block[kept - 1])) {
                    kept--;
                }
                end -= n - kept;
                if (kept > 0) {
                    break;
                }
            }
            int n = (int) Math.min(EOF_WITHIN, end);
            byte[] tail = new byte[n];
            readFully(in, tail, n, end - n);
            return !new String(tail, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false; // not readable here: PDFBox, which reads it next, tells it as a file that cannot be opened
        }
    }

    private static boolean padding(byte b) {
        return b == 0 || b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
    }

    private static void readFully(java.nio.channels.FileChannel in, byte[] into, int length, long at) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(into, 0, length);
        while (buffer.hasRemaining() && in.read(buffer, at + buffer.position()) >= 0) {
            // read until full: a channel may return fewer bytes than asked
        }
    }

    /**
     * Whether a structure tree holds anything: a tree with no kids (no /K, or an empty one), as some tools write beside
     * the mark, gives a screen reader no headings, paragraphs or reading order, so the PDF is as good as untagged.
     */
    private static boolean hasStructure(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot root) {
        COSBase kids = root == null ? null : root.getK();
        return kids instanceof COSArray a ? a.size() > 0 : kids instanceof COSDictionary;
    }

    /**
     * What the PDF would run or send, read from every object in it: JavaScript (on opening, on a page, on a link or a form's
     * field: an action of type JavaScript, or a document's scripts), a command to start another program (Launch), a form
     * that sends or fetches data (SubmitForm, ImportData). Published on the site's own address, any of them would act in
     * the reader's PDF viewer in the NHS body's name. In words, in a fixed order; empty when there is none.
     */
    static Optional<String> programs(PDDocument pdf) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        COSDictionary catalog = pdf.getDocumentCatalog().getCOSObject();
        var document = pdf.getDocument(); // the document's scripts (its /Names /JavaScript) are actions, found as the rest are
        for (org.apache.pdfbox.cos.COSObjectKey key : new java.util.ArrayList<>(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            scan(object == null ? null : object.getObject(), found, 0);
        }
        scan(catalog, found, 0); // in case the catalogue is not where the cross-reference table says
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; and ", found));
    }

    private static final String JAVASCRIPT = "JavaScript, which PDF readers run";
    private static final Map<String, String> ACTIONS = Map.of(
            "JavaScript", JAVASCRIPT,
            "Launch", "a command to start another program",
            "SubmitForm", "a form that sends what is typed in it to a web address",
            "ImportData", "a form that fetches data from a file");

    /** An object and the objects written inside it (not those it refers to: each is scanned as an object of its own). */
    private static void scan(COSBase base, java.util.Set<String> found, int depth) {
        if (depth > 32) {
            return; // no action is nested that deep; a file built to be deeper is not followed down
        }
        if (base instanceof COSDictionary d) {
            COSName type = d.getDictionaryObject(COSName.S) instanceof COSName n ? n : null;
            boolean script = d.containsKey(COSName.JS) || type != null && type.getName().equals("JavaScript");
            if (script) {
                if (!formatsOnly(d.getDictionaryObject(COSName.JS))) {
                    found.add(JAVASCRIPT);
                }
            } else if (type != null && ACTIONS.containsKey(type.getName())) {
                found.add(ACTIONS.get(type.getName()));
            } else if (type != null && type.getName().equals("URI") && d.getDictionaryObject(COSName.URI) instanceof COSString uri
                    && uri.getString().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                found.add(JAVASCRIPT); // a link whose address is a script
            }
            for (COSBase value : d.getValues()) {
                if (!(value instanceof COSObject)) {
                    scan(value, found, depth + 1);
                }
            }
        } else if (base instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                COSBase value = a.get(i);
                if (!(value instanceof COSObject)) {
                    scan(value, found, depth + 1);
                }
            }
        }
    }

    /**
     * Whether a script only calls Acrobat's own formatting functions, as the fields of a form made in Acrobat do
     * ({@code AFNumber_Format(2, 0, 0, 0, "", true);}, {@code AFDate_FormatEx("dd/mm/yyyy");}): they shape what is typed and
     * send nothing, and refusing them would refuse every fillable form made there.
     */
    static boolean formatsOnly(COSBase js) {
        String text;
        try {
            if (js instanceof COSString s) {
                text = s.getString();
            } else if (js instanceof org.apache.pdfbox.cos.COSStream stream) {
                try (java.io.InputStream in = stream.createInputStream()) {
                    text = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
                }
            } else {
                return false;
            }
        } catch (IOException e) {
            return false; // a script that cannot be read is taken for one that runs
        }
        return AF_ONLY.matcher(text).matches();
    }

    /** An argument of Acrobat's functions: a number, true or false, a quoted text, or a list of field names. */
    private static final String ARG = "(?:-?\\d++(?:\\.\\d++)?|true|false|\"[^\"\\\\]*+\"|'[^'\\\\]*+'"
            + "|new\\s++Array\\s*+\\(\\s*+(?:\"[^\"\\\\]*+\"(?:\\s*+,\\s*+\"[^\"\\\\]*+\")*+)?\\s*+\\))";
    private static final java.util.regex.Pattern AF_ONLY = java.util.regex.Pattern.compile(
            "\\s*+(?:AF[A-Za-z]++_[A-Za-z]++\\s*+\\(\\s*+(?:" + ARG + "(?:\\s*+,\\s*+" + ARG + ")*+)?\\s*+\\)\\s*+;?\\s*+)++");

    private static FileFacts unreadable(long bytes, Unreadable why) {
        return new FileFacts(bytes, true, OptionalInt.empty(), Optional.empty(), Optional.empty(), false, Optional.of(why));
    }
}
