package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.ContentTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one build read of each content file, kept in {@code .portal-cache/} for the next ({@link LoadMemo#kept},
 * {@link LoadMemo#save}): read back, the example portal's documents and problems are the very ones its files give;
 * a file changed since is read again; a file changed just before the build is not kept; and a memo that is damaged,
 * another version's, or names what it may not, is never trusted.
 */
class LoadMemoTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Europe/London"));
    private static final String PORTAL = "this version";

    @TempDir
    Path dir;
    private Path site;
    private Path memoFile;

    @BeforeEach
    void copyTheExample() throws IOException {
        site = dir.resolve("site");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), site.resolve("content"));
        settle(site);
        memoFile = site.resolve(".portal-cache").resolve("content.memo");
    }

    /** Every file last changed an hour ago: long enough before any load for its stamp to be trusted. */
    private static void settle(Path root) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
    }

    private record Loaded(List<Document> documents, List<Problem> problems) {
    }

    private Loaded load(LoadMemo memo) {
        return load(memo, NOW);
    }

    private Loaded load(LoadMemo memo, ZonedDateTime now) {
        Problems problems = new Problems();
        SiteData data = new DataLoader(site, problems).load();
        LoadedContent content = new ContentLoader(site, data, now, problems, ContentTypes.ALL).load(memo);
        return new Loaded(content.documents(), problems.sorted());
    }

    /** Loads with a memo for the next build and saves it, as a build does. */
    private Loaded loadAndSave() throws IOException {
        return loadAndSave(NOW);
    }

    private Loaded loadAndSave(ZonedDateTime now) throws IOException {
        LoadMemo memo = LoadMemo.forNextBuild();
        Loaded loaded = load(memo, now);
        memo.save(memoFile, PORTAL);
        return loaded;
    }

    private LoadMemo kept(List<String> notes) {
        return LoadMemo.kept(memoFile, PORTAL, notes::add);
    }

    private static long readBack(Loaded l) {
        return l.documents().stream().filter(d -> d.body().toString().contains("since an earlier build")).count();
    }

    @Test
    void theExamplePortalReadBackFromTheMemoIsWhatItsFilesGive() throws IOException {
        Loaded fresh = load(null);
        assertTrue(fresh.documents().size() > 50);
        assertTrue(fresh.problems().size() > 0, "the example has warnings, which must come back too");
        assertEquals(fresh, loadAndSave(), "loading with a memo to save changes nothing");
        List<String> notes = new ArrayList<>();
        Loaded back = load(kept(notes));
        assertEquals(List.of(), notes);
        assertEquals(fresh.documents().size(), readBack(back), "every document read back, none from its file");
        assertEquals(fresh.documents(), back.documents());
        assertEquals(fresh.problems(), back.problems());
        for (int i = 0; i < fresh.documents().size(); i++) {
            Document f = fresh.documents().get(i);
            Document b = back.documents().get(i);
            assertEquals(f.body().markdown(), b.body().markdown(), f.source());
            assertEquals(f.body().digest(), b.body().digest(), f.source());
            assertEquals(f.body().firstLine(), b.body().firstLine(), f.source());
            assertEquals(f.details().getClass(), b.details().getClass(), f.source());
            assertEquals(f.kind(), b.kind(), f.source());
        }
        // Saved again without a load (nothing asked for), its entries are kept as they were.
        kept(notes).save(memoFile, PORTAL);
        Loaded again = load(kept(notes));
        assertEquals(fresh, again);
        assertEquals(fresh.documents().size(), readBack(again));
        assertEquals(List.of(), notes);
    }

    @Test
    void aFileChangedSinceIsReadAgainAndTheOthersAreNot() throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(site.resolve("content/consultations"))) {
            file = files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("index.md")).sorted()
                    .findFirst().orElseThrow();
        }
        loadAndSave();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("(?m)^title: .*$", "title: A title changed since the last build"),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        Loaded fresh = load(null);
        Loaded back = load(kept(new ArrayList<>()));
        assertEquals(fresh, back);
        String source = ContentLoader.CONTENT + "/" + site.resolve("content").relativize(file).toString().replace('\\', '/');
        Document changed = back.documents().stream().filter(d -> d.source().equals(source)).findFirst().orElseThrow();
        assertEquals("A title changed since the last build", changed.meta().title());
        assertFalse(changed.body().toString().contains("since an earlier build"), "read from its file");
        assertEquals(fresh.documents().size() - 1, readBack(back), "the others read back");
    }

    /**
     * A document's fields as bytes ({@link Document#fieldBytes}), whose digest stands for what its page shows of itself
     * in the keys of every page that shows it: the same for the same file read twice, and different when its front
     * matter (a summary) or its type's own fields (a closing date) change, and for no other file.
     */
    @Test
    void aDocumentsFieldBytesChangeWithItsFieldsAndOnlyThen() throws IOException {
        java.util.Map<String, byte[]> before = fieldBytes(load(null));
        assertEquals(before.keySet(), fieldBytes(load(null)).keySet());
        fieldBytes(load(null)).forEach((source, bytes) -> assertTrue(java.util.Arrays.equals(before.get(source), bytes), source));
        Path consultation = site.resolve("content/consultations/childrens-community-therapy.md");
        Path bulletin = site.resolve("content/bulletins/stakeholder/2025-05-12.md");
        Files.writeString(consultation, Files.readString(consultation, StandardCharsets.UTF_8)
                .replace("closes: 2026-07-31T23:59", "closes: 2026-08-01T23:59"), StandardCharsets.UTF_8);
        Files.writeString(bulletin, Files.readString(bulletin, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^summary: Formal", "summary: The formal"), StandardCharsets.UTF_8);
        java.util.Map<String, byte[]> after = fieldBytes(load(null));
        java.util.Set<String> changed = new java.util.TreeSet<>();
        after.forEach((source, bytes) -> {
            if (!java.util.Arrays.equals(before.get(source), bytes)) {
                changed.add(source);
            }
        });
        assertEquals(java.util.Set.of("content/consultations/childrens-community-therapy.md",
                "content/bulletins/stakeholder/2025-05-12.md"), changed);
    }

    /**
     * Half of a character pair (a YAML escape such as \uD800) is written by UTF-8 as '?': such a document's fields are
     * not written as bytes (its digest is of its fields as text), nor is it kept in the memo, so that it can never be
     * taken for a document whose title has a '?'.
     */
    @Test
    void halfACharacterPairIsNeitherWrittenAsBytesNorKept() throws IOException {
        Path odd = site.resolve("content/half-a-pair.md");
        Files.writeString(odd, "---\ntitle: \"A \\uD800 title\"\nsummary: A page.\n---\nText.\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("content/a-question.md"), "---\ntitle: \"A ? title\"\nsummary: A page.\n---\nText.\n",
                StandardCharsets.UTF_8);
        settle(site);
        Loaded loaded = loadAndSave();
        Document half = loaded.documents().stream().filter(d -> d.source().equals("content/half-a-pair.md")).findFirst().orElseThrow();
        assertEquals("A \uD800 title", half.meta().title());
        assertEquals(Optional.empty(), half.fieldBytes());
        assertTrue(loaded.documents().stream().filter(d -> d.source().equals("content/a-question.md")).findFirst().orElseThrow()
                .fieldBytes().isPresent());
        Loaded back = load(kept(new ArrayList<>()));
        assertEquals(loaded, back);
        assertEquals(loaded.documents().size() - 1, readBack(back), "every file but that one read back from the memo");
    }

    private static java.util.Map<String, byte[]> fieldBytes(Loaded loaded) {
        java.util.Map<String, byte[]> bytes = new java.util.TreeMap<>();
        loaded.documents().forEach(d -> bytes.put(d.source(), d.fieldBytes().orElseThrow(() ->
                new AssertionError(d.source() + "'s fields could not be written as bytes"))));
        assertTrue(bytes.size() > 20, "the example's documents");
        return bytes;
    }

    @Test
    void aFileChangedJustBeforeTheLoadIsNotKeptForTheNext() throws IOException {
        Path file = site.resolve("content/about.md");
        assertTrue(Files.isRegularFile(file));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // within the disk's tick of a second save
        Loaded first = loadAndSave();
        Loaded back = load(kept(new ArrayList<>()));
        assertEquals(first, back);
        assertEquals(first.documents().size() - 1, readBack(back), "every file but that one read back");
        assertTrue(back.documents().stream().anyMatch(d -> d.source().equals("content/about.md")
                && !d.body().toString().contains("since an earlier build")));
    }

    @Test
    void aSiteSoLargeThatItsTextsAreKeptInTheirFilesKeepsNoMemo() throws IOException {
        Loaded fresh = loadAndSave();
        assertTrue(Files.isRegularFile(memoFile));
        // Over the limit (here, any Markdown at all): every file is read, and the memo is deleted, not saved.
        LoadMemo memo = kept(new ArrayList<>());
        Problems problems = new Problems();
        SiteData data = new DataLoader(site, problems).load();
        LoadedContent content = new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).packingOver(0).load(memo);
        assertEquals(fresh.documents(), content.documents());
        assertEquals(fresh.problems(), problems.sorted());
        assertTrue(content.documents().stream().allMatch(d -> d.body().inFile()), "each text kept in its file, to save memory");
        memo.save(memoFile, PORTAL);
        assertFalse(Files.exists(memoFile));
    }

    @Test
    void aMeetingReadBeforeItsPapersAreDueIsReadAgainOnceTheyAreTheSameDay() throws IOException {
        // The Governing Body's December meeting, moved to the 28th at 2pm, with no papers named.
        Path meeting = site.resolve("content/governing-body/2026-12-10.md");
        Files.writeString(meeting, Files.readString(meeting).replace("starts: 2026-12-10T13:30", "starts: 2026-11-28T14:00")
                .replace("ends: 2026-12-10T16:30", "ends: 2026-11-28T16:30").replace("questions_by: 2026-12-03T17:00",
                        "questions_by: 2026-11-27T17:00"));
        settle(site);
        int daysBefore = new DataLoader(site, new Problems()).load().site().papersDaysBefore();
        ZonedDateTime due = ZonedDateTime.of(2026, 11, 28, 14, 0, 0, 0, NOW.getZone()).minusDays(daysBefore);
        ZonedDateTime before = due.minusHours(1);
        ZonedDateTime after = due.plusHours(1);
        assertEquals(before.toLocalDate(), after.toLocalDate(), "the same day: the day alone would not tell");
        Loaded early = loadAndSave(before);
        assertTrue(early.problems().stream().noneMatch(p -> p.message().contains("papers should be published")), early.problems().toString());
        Loaded fresh = load(null, after);
        assertTrue(fresh.problems().stream().anyMatch(p -> p.position().file().endsWith("2026-12-10.md")
                && p.message().contains("papers should be published")), "the warning, once the papers are due");
        assertEquals(fresh, load(kept(new ArrayList<>()), after));
    }

    @Test
    void aPictureChangedJustBeforeTheLoadKeepsNoMemo() throws IOException {
        loadAndSave();
        assertTrue(Files.isRegularFile(memoFile));
        Path picture;
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            picture = files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".png") || f.toString().endsWith(".jpg"))
                    .sorted().findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(picture, FileTime.from(Instant.now())); // its facts might change again within the tick
        Loaded fresh = load(null);
        assertEquals(fresh, loadAndSave());
        assertFalse(Files.exists(memoFile), "nothing kept while a file it depends on could still change unseen");
    }

    @Test
    void negativeNumbersAndMissingPartsAreRefusedNotTakenIn() {
        java.util.function.Function<String, Optional<ContentKind<?>>> none = id -> Optional.empty();
        Path root = site.resolve("content");
        byte[] minusOne = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, 0x01};
        // A problem whose severity is numbered -1; one with no severity; a list of -1 problems; a text -1 bytes long.
        java.io.ByteArrayOutputStream severity = new java.io.ByteArrayOutputStream();
        severity.write(1); // the problem is there
        severity.write(1); // its severity is there
        severity.writeBytes(minusOne);
        java.io.ByteArrayOutputStream list = new java.io.ByteArrayOutputStream();
        list.write(1);
        list.writeBytes(minusOne);
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        text.write(1);
        text.write(0); // a new text
        text.writeBytes(minusOne);
        for (var c : List.<java.util.Map.Entry<byte[], java.lang.reflect.Type>>of(
                java.util.Map.entry(severity.toByteArray(), Problem.class),
                java.util.Map.entry(new byte[] {1, 0}, Problem.class),
                java.util.Map.entry(list.toByteArray(), LoadMemo.Entry.class.getRecordComponents()[4].getGenericType()),
                java.util.Map.entry(text.toByteArray(), String.class))) {
            assertThrows(IllegalArgumentException.class, () -> new DocumentCodec.Reader(c.getKey(), root, "x.md", none).value(c.getValue()),
                    java.util.Arrays.toString(c.getKey()));
        }
    }

    @Test
    void anotherVersionsMemoIsNotUsedAndADamagedOneIsNotedAndNotUsed() throws IOException {
        Loaded fresh = loadAndSave();
        List<String> notes = new ArrayList<>();
        Loaded other = load(LoadMemo.kept(memoFile, "another version", notes::add));
        assertEquals(fresh, other);
        assertEquals(0, readBack(other));
        assertEquals(List.of(), notes, "another version's is simply not used");

        byte[] whole = Files.readAllBytes(memoFile);
        Files.write(memoFile, java.util.Arrays.copyOf(whole, whole.length - 10));
        Loaded cut = load(kept(notes));
        assertEquals(fresh, cut);
        assertEquals(0, readBack(cut));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("damaged"), notes.get(0));
    }

    @Test
    void bytesChangedInsideAnEntryOnlyMakeThatFileBeReadAgain() throws IOException {
        Loaded fresh = loadAndSave();
        byte[] whole = Files.readAllBytes(memoFile);
        java.util.Random random = new java.util.Random(20261129);
        for (int round = 0; round < 40; round++) {
            byte[] changed = whole.clone();
            int at = whole.length / 4 + random.nextInt(whole.length / 2);
            changed[at] ^= (byte) (1 + random.nextInt(255));
            Files.write(memoFile, changed);
            List<String> notes = new ArrayList<>();
            Loaded back = load(kept(notes));
            assertEquals(fresh, back, "a byte changed at " + at);
            assertTrue(readBack(back) >= fresh.documents().size() - 1 || !notes.isEmpty(),
                    "one entry read again, or the file's frame refused as a whole: " + readBack(back));
        }
    }

    @Test
    void aMemoNamingAnyOtherClassWhereTheFieldsOfAPageGoIsRefused() {
        Document page = load(null).documents().stream().filter(d -> d.details() instanceof Bulletin).findFirst().orElseThrow();
        LoadMemo.Entry entry = new LoadMemo.Entry("1 stamp", NOW.toLocalDate(), List.of(), Optional.of(page), List.of());
        DocumentCodec.Writer w = new DocumentCodec.Writer();
        w.value(entry, LoadMemo.Entry.class);
        byte[] bytes = w.bytes();
        java.util.function.Function<String, Optional<ContentKind<?>>> kinds =
                id -> ContentTypes.ALL.stream().filter(k -> k.id().equals(id)).findFirst().map(k -> (ContentKind<?>) k);
        String rel = page.source().substring(ContentLoader.CONTENT.length() + 1);
        Path root = site.resolve("content");
        LoadMemo.Entry same = (LoadMemo.Entry) new DocumentCodec.Reader(bytes, root, rel, kinds).value(LoadMemo.Entry.class);
        assertEquals(entry, same);
        for (String other : List.of("java.lang.ProcessBuilder", "org.engagementportal.content.Meta", "org.engagementportal.content.Nothing",
                "org.engagementportal.cli.Main", "java.lang.Runtime")) {
            byte[] named = rename(bytes, Bulletin.class.getName(), other);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new DocumentCodec.Reader(named, root, rel, kinds).value(LoadMemo.Entry.class), other);
            assertNotEquals(null, refused.getMessage());
        }
    }

    /** The bytes with the text {@code from} (written once, as a new text: 0, its length, its bytes) as {@code to}. */
    private static byte[] rename(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        assertTrue(f.length < 128 && t.length < 128);
        for (int i = 2; i + f.length <= bytes.length; i++) {
            if (bytes[i - 2] == 0 && bytes[i - 1] == f.length && java.util.Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                out.write(bytes, 0, i - 1);
                out.write(t.length);
                out.write(t, 0, t.length);
                out.write(bytes, i + f.length, bytes.length - i - f.length);
                return out.toByteArray();
            }
        }
        throw new AssertionError(from + " is not in the bytes");
    }
}
