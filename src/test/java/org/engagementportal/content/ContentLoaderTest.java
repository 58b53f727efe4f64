package org.engagementportal.content;

import org.engagementportal.types.ContentTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private LoadedContent load(Map<String, String> files) {
        TestSite.write(site, files);
        SiteData data = new DataLoader(site, problems).load();
        return new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load();
    }

    /**
     * A walk of content/ taken before anything is read (the build's, stamping every file for its "nothing to do"
     * check) and gone through by the loader instead of a walk of its own gives the very documents, files and problems:
     * the data folder and hidden folders left alone, a folder whose name cannot be an address reported and skipped.
     */
    @Test
    void aWalkTakenAlreadyGivesWhatTheLoadersOwnWalkGives() throws java.io.IOException {
        TestSite.write(site, Map.of("content/consultations/dental.md", CONSULTATION,
                "content/Bad Folder/page.md", "---\ntitle: A page\nsummary: Somewhere.\n---\nText.\n",
                "content/_drafts/page.md", "not read",
                "content/.git/x.md", "not read",
                "content/about.md", "---\ntitle: About us\nsummary: Who we are.\n---\nText.\n"));
        SiteData data = new DataLoader(site, problems).load();
        LoadedContent own = new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load();
        List<Problem> ownProblems = problems.sorted();
        Problems second = new Problems();
        java.util.Optional<org.engagementportal.source.FileWalk> walk = org.engagementportal.source.FileWalk.keeping(
                site.resolve("content"), new java.nio.file.SimpleFileVisitor<>() { });
        assertTrue(walk.isPresent());
        LoadedContent replayed = new ContentLoader(site, data, NOW, second, ContentTypes.ALL).walkedAlready(walk.get()).load();
        assertEquals(own.documents(), replayed.documents());
        assertEquals(own.staticFiles(), replayed.staticFiles());
        assertEquals(ownProblems, second.sorted());
        assertEquals(2, own.documents().size(), own.documents().toString());
        assertTrue(ownProblems.stream().anyMatch(p -> p.message().contains("cannot be used in a web address")), ownProblems.toString());
    }

    /**
     * A page whose file's name starts with _ is not published, and its writer is told (Hugo's _index.md is a
     * folder's own page there, for one); folders so named (drafts, templates, a zip's __MACOSX), other files, hidden
     * files and folders, backups and the settings in content/_data/ are left alone without a word.
     */
    @Test
    void pagesNamedWithAnUnderscoreAreLeftOutWithAWarning() {
        String page = "---\ntitle: A page\nsummary: Somewhere.\n---\nText.\n";
        LoadedContent content = load(Map.of("content/consultations/_index.md", page,
                "content/pages/_old.md", page,
                "content/pages/index.md", "---\ntitle: Pages\nsummary: Our pages.\n---\nText.\n",
                "content/pages/_index.md", page,
                "content/_drafts/plan.md", page,
                "content/__MACOSX/_plan.md", page,
                "content/pages/_notes.pdf", "%PDF-1.4\n",
                "content/pages/_old.md~", page,
                "content/.hidden/_x.md", page,
                "content/about.md", page));
        assertEquals(List.of("content/about.md", "content/pages/index.md"),
                content.documents().stream().map(Document::source).sorted().toList());
        List<Problem> all = problems.sorted();
        assertEquals(List.of("content/consultations/_index.md", "content/pages/_index.md", "content/pages/_old.md"),
                all.stream().map(p -> p.position().file()).toList(), all.toString());
        assertTrue(all.stream().allMatch(p -> p.severity() == org.engagementportal.source.Severity.WARNING
                && p.message().equals("this page is not published, because its file's name starts with _.")), all.toString());
        assertEquals("Rename it index.md: a folder's own page is its index.md.", all.get(0).fix());
        assertTrue(all.get(1).fix().startsWith("This folder's own page is its index.md, which there is"), all.get(1).fix());
        assertTrue(all.get(2).fix().contains("draft: true"), all.get(2).fix());
    }

    /** The preview's load after a save, which walks only what changed, warns of such a page saved since. */
    @Test
    void aPageNamedWithAnUnderscoreSavedDuringThePreviewIsWarnedOf() throws java.io.IOException {
        String page = "---\ntitle: A page\nsummary: Somewhere.\n---\nText.\n";
        TestSite.write(site, Map.of("content/about.md", page));
        SiteData data = new DataLoader(site, problems).load();
        LoadMemo memo = new LoadMemo();
        new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load(memo);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        Path saved = site.resolve("content/consultations/_index.md");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, page);
        memo.changed(List.of(saved.toAbsolutePath()));
        Problems after = new Problems();
        LoadedContent content = new ContentLoader(site, data, NOW, after, ContentTypes.ALL).load(memo);
        assertEquals(List.of("content/about.md"), content.documents().stream().map(Document::source).toList());
        assertEquals(List.of("content/consultations/_index.md"), after.sorted().stream().map(p -> p.position().file()).toList(),
                after.sorted().toString());
    }

    @Test
    void onlyPagesNamedWithAnUnderscoreOutsideFoldersLeftOutAreWarnedOf() {
        for (String named : List.of("_index.md", "consultations/_index.md", "pages/_old.md")) {
            assertTrue(ContentLoader.leftOut(Path.of(named)), named);
        }
        for (String quiet : List.of("_data", "_data/site.yml", "_drafts", "_drafts/plan.md", "_drafts/_inner.md", "__MACOSX",
                ".git", ".hidden/_x.md", "about.md", "pages/.DS_Store", "pages/_old.md~", "pages/_notes.pdf", "_redirects",
                "consultations/data_2026.md")) {
            assertFalse(ContentLoader.leftOut(Path.of(quiet)), quiet);
        }
    }

    private Problem onlyProblem() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static final String CONSULTATION = """
            ---
            title: Community dental services
            summary: We want your views on where community dental clinics should be.
            topics: [dentistry]
            areas: [eastbrook]
            opens: 2026-01-05T09:00
            closes: 2026-04-10
            formal: true
            eia:
              page: /equality/dental/
            engagement: consult
            stage: design
            groups: [carers, learning-disability]
            respond:
              online: https://engage.testshire.example/dental
              email: dental@testshire.example
              phone: 01632 960 200
              post: Freepost DENTAL, Testshire
            ---
            ## Why we are consulting

            Text.
            """;

    @Test
    void readsAConsultationIntoItsRecord() {
        LoadedContent content = load(Map.of("content/consultations/dental.md", CONSULTATION));

        assertTrue(problems.isEmpty(), problems.sorted().toString());
        Document doc = content.documents().get(0);
        assertEquals("content/consultations/dental.md", doc.source());
        assertEquals("consultations/dental", doc.path());
        assertEquals("consultation", doc.kind().id());
        assertTrue(doc.is(Consultation.class));
        assertEquals(List.of("dentistry"), doc.meta().topics());
        Consultation c = assertInstanceOf(Consultation.class, doc.details());
        assertEquals(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneId.of("Europe/London")), c.opens());
        assertEquals(ZonedDateTime.of(2026, 4, 10, 23, 59, 0, 0, ZoneId.of("Europe/London")), c.closes());
        assertEquals(Engagement.CONSULT, c.engagement().orElseThrow());
        assertEquals(Stage.DESIGN, c.stage().orElseThrow());
        assertEquals("dental@testshire.example", c.respond().email().orElseThrow());
        assertEquals(List.of("carers", "learning-disability"), c.groups());
        assertEquals(20, doc.body().firstLine());
        assertEquals(new Position("content/consultations/dental.md", 7, 9), doc.at("closes"));
    }

    @Test
    void theFolderDecidesTheType() {
        LoadedContent content = load(Map.of(
                "content/events/drop-in.md", "---\ntitle: Drop-in\nsummary: Come along.\nstarts: 2026-03-04T10:00\nvenue: {name: Eastbrook Library, address: 2 Market Square}\n---\n",
                "content/bulletins/weekly/2026-02-27.md", "---\ntitle: Bulletin\nsummary: News.\ndate: 2026-02-27\n---\n## News\n\nText.\n",
                "content/governing-body/2026-03-12.md", "---\ntitle: Meeting\nsummary: In public.\nstarts: 2026-03-12T10:00\nvenue: {name: Town Hall, address: 1 High Street}\n---\n",
                "content/about.md", "---\ntitle: About us\nsummary: Who we are.\n---\nText.\n",
                "content/accessible-information.md", "---\ntitle: AIS\nsummary: Formats.\ntype: statement\nformats: [easy-read, braille]\n"
                        + "contact:\n  email: formats@testshire.example\n---\nText.\n"));

        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of("page", "statement", "bulletin", "event", "meeting"),
                content.documents().stream().map(d -> d.kind().id()).toList());
        Bulletin b = content.documents().get(2).detailsAs(Bulletin.class);
        assertEquals("weekly", b.series());
        assertEquals(LocalDate.of(2026, 2, 27), b.date());
        assertEquals("governing-body", content.documents().get(4).detailsAs(Meeting.class).committee());
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        String text = "\uFEFF" + CONSULTATION.replace("\n", "\r\n");
        LoadedContent content = load(Map.of("content/consultations/dental.md", text));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals("Community dental services", content.documents().get(0).meta().title());
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        load(Map.of("content/about.md", "---\ntitle: About us: who we are\nsummary: x\n---\nText\n"));
        Problem p = onlyProblem();
        assertEquals("content/about.md", p.position().file());
        assertEquals(2, p.position().line());
        assertTrue(p.message().startsWith("the value of 'title' has a colon and a space in it"), p.message());
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        load(Map.of("content/about.md", "---\ntitle: About us\n---\nText\n"));
        assertEquals("a page needs 'summary' (text), but it is missing.", onlyProblem().message());
    }

    @Test
    void aWrongTypeIsReportedAtTheValue() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: soon")));
        Problem p = onlyProblem();
        assertEquals(new Position("content/consultations/dental.md", 7, 9), p.position());
        assertTrue(p.message().startsWith("'closes' must be a date"), p.message());
    }

    @Test
    void nextWeekIsNotADate() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\nreviewed: next week\n---\nText\n"));
        assertEquals("'reviewed' must be a date like 2026-03-31, but it is \"next week\".", onlyProblem().message());
    }

    @Test
    void anUnknownFieldGetsASuggestion() {
        load(Map.of("content/about.md", "---\ntitle: A\nsumary: B\nsummary: B\n---\nText\n"));
        assertEquals("'sumary' is not a field of a page. Did you mean 'summary'?", onlyProblem().message());
    }

    @Test
    void aFieldOfAnotherTypeIsUnknownHere() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\ncloses: 2026-04-01\n---\nText\n"));
        assertTrue(onlyProblem().message().startsWith("'closes' is not a field of a page."), onlyProblem().message());
    }

    @Test
    void anUnknownTypeGetsASuggestion() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\ntype: consulation\n---\nText\n"));
        Problem p = onlyProblem();
        assertEquals(new Position("content/about.md", 4, 7), p.position());
        assertEquals("'consulation' is not a type of content. Did you mean 'consultation'?", p.message());
    }

    /** Found by following README as a comms officer: 'status: closed' was told it is not a field, with a list of 27. */
    @Test
    void aStatusWrittenInIsToldThatThePortalWorksItOutAndHowToChangeIt() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replaceFirst("---\n", "---\nstaus: closed\n")));
        Problem p = onlyProblem();
        assertEquals(new Position("content/consultations/dental.md", 2, 1), p.position());
        assertEquals("'staus' is not a field of a consultation: the portal works out its status itself.", p.message());
        assertTrue(p.fix().contains("change 'closes' to the day and time it closes"), p.fix());
    }

    /**
     * A venue still to come written as a name alone: people who do not know the place cannot find it, and search engines
     * do not offer such an event. Warned about at the venue; not once it has passed, nor with an address, nor when it is
     * called off.
     */
    @Test
    void aVenueToComeWithNoAddressIsWarnedAbout() {
        String event = "---\ntitle: Drop-in\nsummary: Come and talk to us.\nstarts: STARTS\nvenue: Eastbrook Library\n---\nText\n";
        load(Map.of("content/events/drop-in.md", event.replace("STARTS", "2026-03-10T10:00")));
        Problem p = onlyProblem();
        assertEquals(new Position("content/events/drop-in.md", 5, 8), p.position());
        assertEquals("the venue of this event is a name alone, 'Eastbrook Library', with no address: people who do not know it "
                + "cannot find it, and search engines do not show the event without one.", p.message());
        assertTrue(p.fix().startsWith("Write the venue with its address, each on a line of its own:\nvenue:\n  name: Eastbrook Library\n"),
                p.fix());
    }

    @Test
    void aVenueWithAnAddressOrInThePastIsNotWarnedAbout() {
        load(Map.of("content/events/past.md", "---\ntitle: Drop-in\nsummary: Come and talk to us.\nstarts: 2026-02-10T10:00\n"
                        + "venue: Eastbrook Library\n---\nText\n",
                "content/events/addressed.md", "---\ntitle: Drop-in\nsummary: Come and talk to us.\nstarts: 2026-03-10T10:00\n"
                        + "venue:\n  name: Eastbrook Library\n  address: 2 Market Square, Eastbrook\n---\nText\n",
                // Its address on the one line, after a comma (found in a review of real pages).
                "content/events/one-line.md", "---\ntitle: Drop-in\nsummary: Come and talk to us.\nstarts: 2026-03-12T10:00\n"
                        + "venue: Kingsmere Library, Abbey Walk, Kingsmere, NS5 6JG\n---\nText\n",
                // As a new file starts it: the place not known yet, its address left to write.
                "content/events/to-come.md", "---\ntitle: Drop-in\nsummary: Come and talk to us.\nstarts: 2026-03-11T10:00\n"
                        + "venue:\n  name: To be confirmed\n  address:\n---\nText\n"));
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    /** Found in a hunt: portal init's draft example consultation, its dates long past, warned of a delayed outcome. */
    @Test
    void anOverdueOutcomeIsWarnedAboutOnAPage() {
        load(Map.of("content/consultations/dental.md", CLOSED_LONG_AGO));
        assertTrue(onlyProblem().message().startsWith("the outcome of this consultation was due by 2025-07-03"),
                onlyProblem().message());
    }

    @Test
    void anOverdueOutcomeIsNotWarnedAboutOnADraft() {
        load(Map.of("content/consultations/dental.md", CLOSED_LONG_AGO.replaceFirst("---\n", "---\ndraft: true\n")));
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    private static final String CLOSED_LONG_AGO = CONSULTATION.replace("opens: 2026-01-05T09:00", "opens: 2025-01-06T09:00")
            .replace("closes: 2026-04-10", "closes: 2025-04-10");

    @Test
    void aPageHasNoStatusToWorkOut() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\nstatus: draft\n---\nText\n"));
        assertTrue(onlyProblem().message().startsWith("'status' is not a field of a page."), onlyProblem().message());
    }

    /** A date typed in a word processor (long dashes) looked right in its own error message. */
    @Test
    void aDateWithLongDashesSaysSo() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2026\u201304\u201310")));
        Problem p = onlyProblem();
        assertEquals(new Position("content/consultations/dental.md", 7, 9), p.position());
        assertEquals("It has long dashes (\u2013) in place of hyphens (-), as a word processor types them. Type the date again in the "
                + "file itself: 2026-04-10.", p.fix());
    }

    @Test
    void aFileWithAnUnknownTypeHasItsOtherMistakesToldInTheSameRun() {
        // Read as its folder's type: the misspelt type and the impossible date are both told, not one run after the other.
        load(Map.of("content/consultations/dental.md", CONSULTATION.replaceFirst("---\n", "---\ntype: consultaton\n")
                .replace("closes: 2026-04-10", "closes: 2026-13-10")));
        List<String> messages = problems.sorted().stream().map(Problem::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertEquals("'consultaton' is not a type of content. Did you mean 'consultation'?", messages.get(0));
        assertTrue(messages.get(1).startsWith("'closes' must be a date"), messages.get(1));
    }

    /** Found in review: a page misspelt 'pgae' in content/consultations/ was then told to have a consultation's dates. */
    @Test
    void aFileMeantAsAnotherTypeIsNotReadAsItsFolders() {
        load(Map.of("content/consultations/how-we-consult.md", "---\ntitle: How we consult\nsummary: Our ways.\ntype: pgae\n---\nText\n"));
        assertEquals("'pgae' is not a type of content. Did you mean 'page'?", onlyProblem().message());
    }

    @Test
    void aTypeThatDisagreesWithTheFolderIsReported() {
        load(Map.of("content/events/x.md", "---\ntitle: A\nsummary: B\ntype: consultation\n---\nText\n"));
        Problem p = onlyProblem();
        assertTrue(p.message().contains("type: consultation") && p.message().contains("events"), p.message());
        assertTrue(p.fix().contains("content/consultations/"), p.fix());
    }

    @Test
    void anUnknownTopicGetsASuggestion() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\ntopics: [mental-heath]\n---\nText\n"));
        Problem p = onlyProblem();
        assertEquals(new Position("content/about.md", 4, 10), p.position());
        assertEquals("'mental-heath' is not a topic in content/_data/topics.yml. Did you mean 'mental-health'?", p.message());
    }

    @Test
    void invalidUtf8IsReportedAndTheFileSkipped() {
        TestSite.write(site, Map.of());
        byte[] bytes = "---\ntitle: Caf\u00e9\nsummary: B\n---\nText\n".getBytes(StandardCharsets.ISO_8859_1);
        TestSite.writeBytes(site.resolve("content/cafe.md"), bytes);
        SiteData data = new DataLoader(site, problems).load();
        LoadedContent content = new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load();
        assertTrue(content.documents().isEmpty());
        assertEquals(new Position("content/cafe.md", 2, 11), onlyProblem().position());
        assertEquals(List.of("cafe.md"), List.copyOf(content.failed()));
    }

    @Test
    void anEmptyFileIsReported() {
        load(Map.of("content/empty.md", ""));
        assertEquals("this file is empty.", onlyProblem().message());
    }

    @Test
    void frontMatterWithoutTextIsReportedForPagesButNotMeetings() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\n---\n",
                "content/governing-body/m.md", "---\ntitle: M\nsummary: S\nstarts: 2026-03-12T10:00\nvenue: {name: Hall, address: 1 High Street}\n---\n"));
        Problem p = onlyProblem();
        assertEquals(new Position("content/about.md", 4, 1), p.position());
        assertEquals("this file has front matter but no text after it.", p.message());
    }

    @Test
    void frontMatterThatIsNeverClosedIsReported() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\nText\n"));
        assertTrue(onlyProblem().message().contains("never closed"));
    }

    @Test
    void aFileWithoutFrontMatterIsReported() {
        load(Map.of("content/about.md", "# About us\n\nText\n"));
        assertTrue(onlyProblem().message().contains("must start with front matter"));
    }

    /**
     * Front matter that is there but does not start on line 1: each got the general fix (add front matter at the top),
     * which, followed, built a page whose text began with the real settings.
     */
    @Test
    void frontMatterThatIsThereButNotOnTheFirstLineIsReportedForWhatItIs() {
        java.util.function.Function<String, Problem> only = text -> {
            Problems found = new Problems();
            TestSite.write(site, Map.of("content/about.md", text));
            new ContentLoader(site, new DataLoader(site, found).load(), NOW, found, ContentTypes.ALL).load();
            assertEquals(1, found.sorted().size(), found.sorted().toString());
            return found.sorted().get(0);
        };
        Problem blank = only.apply("\n\n---\ntitle: A\nsummary: B\n---\nText\n");
        assertEquals(new Position("content/about.md", 3, 1), blank.position());
        assertEquals("the --- that starts the front matter must be the very first line of the file, with no blank line above it.",
                blank.message());
        assertEquals("Delete the blank lines above it.", blank.fix());
        assertEquals("Delete the spaces or tabs before ---.", only.apply("  ---\ntitle: A\nsummary: B\n---\nText\n").fix());
        assertEquals("Delete the blank line above it, and the spaces before ---.", only.apply("\n ---\ntitle: A\nsummary: B\n---\nText\n").fix(),
                "both mistakes in one fix (found in review: it took two rounds)");
        assertEquals("the front matter starts with a line of just three dashes, ---, but this one has 4.",
                only.apply("----\ntitle: A\nsummary: B\n---\nText\n").message());
        Problem noStart = only.apply("title: A\nsummary: B\n---\nText\n");
        assertEquals("the settings above the --- on line 3 have no --- line above them, so they are not read as front matter.",
                noStart.message());
        assertEquals("Add a line with just --- as the very first line of the file, above title:.", noStart.fix());
        assertTrue(only.apply("# About us\n\nText\n").message().contains("must start with front matter"), "no front matter at all");
        // A note of the writer's own above whole front matter: the fix above made the note a setting, and the settings text.
        Problem note = only.apply("Note: new page\n---\ntitle: A\nsummary: B\n---\nText\n");
        assertEquals(new Position("content/about.md", 1, 1), note.position());
        assertEquals("the settings between the --- lines on lines 2 and 5 must start on the file's first line, but line 1 is above "
                + "them, so they are not read as front matter.", note.message());
        assertEquals("Delete that line, or move it below the --- on line 5, into the page's text.", note.fix());
        assertTrue(only.apply("DRAFT, ask Sam\n\n---\ntitle: A\nsummary: B\n---\nText\n").message().contains("but lines 1 to 2 are above"));
    }

    /**
     * A consultation in content/consultation/ (one letter short) or a meeting in a folder committees.yml does not list:
     * one error that says where such a file goes. Before, each of its settings was "not a field of a page", with the
     * fields a page may have as the fix: followed, the consultation became a page without dates or a way to respond.
     */
    @Test
    void aFileWithAnotherTypesSettingsIsToldWhereItGoes() {
        load(Map.of("content/consultation/dental.md", CONSULTATION));
        Problem p = onlyProblem();
        assertEquals(new Position("content/consultation/dental.md", 6, 1), p.position());
        assertEquals("this file has the settings of a consultation (opens, closes, formal, eia, engagement, stage, groups, respond), "
                + "but it is in content/consultation/, a folder for pages.", p.message());
        assertEquals("Move the file to content/consultations/.", p.fix());
    }

    @Test
    void aMeetingSayingItsTypeInAFolderThatIsNotACommitteesNamesTheListNotTheFolderItIsIn() {
        // "in a folder for pages. Fix: Move the file to content/<committee>/" - where it was, its committee spelt otherwise.
        load(Map.of("content/finance-committe/2026-03-12.md", "---\ntype: meeting\ntitle: M\nsummary: S\nstarts: 2026-03-12T10:00\n"
                + "venue: Hall\nagenda:\n  - title: Welcome\n---\nText\n"));
        Problem p = onlyProblem();
        assertEquals(new Position("content/finance-committe/2026-03-12.md", 2, 7), p.position());
        assertTrue(p.message().startsWith("this file says type: meeting, but content/finance-committe/ is not a committee in "
                + "content/_data/committees.yml, so its files are pages."), p.message());
        assertTrue(p.fix().startsWith("Add finance-committe to content/_data/committees.yml (its id spelt as the folder is), or move "
                + "the file to "), p.fix());
    }

    @Test
    void aMeetingInAFolderThatIsNotACommitteesIsToldToCheckTheList() {
        load(Map.of("content/finance-committee/2026-03-12.md", "---\ntitle: M\nsummary: S\nstarts: 2026-03-12T10:00\nvenue: {name: Hall, address: 1 High Street}\n"
                + "agenda:\n  - title: Welcome\n---\nText\n"));
        Problem p = onlyProblem();
        assertTrue(p.message().startsWith("this file has the settings of a meeting (starts, venue, agenda)"), p.message());
        assertTrue(p.fix().endsWith("(if content/finance-committee/ is meant to be one, check that content/_data/committees.yml lists "
                + "it, spelt the same)."), p.fix());
    }

    /** Settings an event and a meeting share name both, each with where it goes; content/ itself is no committee's folder. */
    @Test
    void settingsTwoTypesShareNameBoth() {
        load(Map.of("content/open-day.md", "---\ntitle: Open day\nsummary: S\nstarts: 2026-03-12T10:00\nends: 2026-03-12T12:00\n"
                + "venue: Hall\n---\nText\n"));
        Problem p = onlyProblem();
        assertEquals("this file has the settings of a meeting or an event (starts, ends, venue), but it is in content/, a folder "
                + "for pages.", p.message());
        assertEquals("Move the file to the folder of its committee, such as content/governing-body/ for a meeting, or to "
                + "content/events/ for an event.", p.fix());
    }

    /** A title of symbols only ("???"): every link to the page (its card, the A to Z, search) would say nothing. */
    @Test
    void aTitleWithNoLettersOrNumbersIsAnError() {
        load(Map.of("content/about.md", "---\ntitle: \"???\"\nsummary: B\n---\nText\n"));
        assertEquals(new Position("content/about.md", 2, 8), onlyProblem().position());
        assertEquals("the title \"???\" has no letters or numbers, so links to the page would not say where they go.",
                onlyProblem().message());
    }

    /**
     * A setting that is there but wrong is reported as that, once: it was also reported as missing ("'review_every' is
     * set but 'reviewed' is missing", "an event needs a 'venue'"), and following that fix added it a second time.
     */
    @Test
    void aSettingThatIsThereButWrongIsNotAlsoReportedAsMissing() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: B\nreviewed: 31st March 2027\nreview_every: 12 months\n---\nText\n",
                "content/events/fair.md", "---\ntitle: Fair\nsummary: B\nstarts: 2026-03-12T10:00\nvenue:\n  - Hall\n  - Room 2\n---\nText\n"));
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(p -> p.message().contains("is missing") || p.message().contains("needs a 'venue'")),
                all.toString());
    }

    @Test
    void aFileNameThatCannotBeAnAddressIsReported() {
        load(Map.of("content/Dental Care.md", "---\ntitle: A\nsummary: B\n---\nText\n"));
        Problem p = onlyProblem();
        assertTrue(p.message().contains("cannot be used in a web address"), p.message());
        assertTrue(p.fix().contains("dental-care.md"), p.fix());
    }

    @Test
    void aFormalConsultationShorterThan12WeeksGivesItsLengthAndTheEarliestClosingDate() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2026-03-20T17:00")));
        Problem p = onlyProblem();
        assertEquals(new Position("content/consultations/dental.md", 7, 9), p.position());
        assertEquals("a formal consultation must run for at least 12 weeks, but this one runs for 10 weeks and 4 days.", p.message());
        assertTrue(p.fix().startsWith("Move 'closes' to 2026-03-30T09:00 (Monday 30 March 2026 at 09:00) or later"), p.fix());
    }

    /**
     * A consultation open from the start of one day to the end of the day 12 weeks on, written as dates alone, runs for
     * the 84 days a person counts: it was a minute short of 12 weeks (opening at 00:00, closing at 23:59) and refused.
     */
    @Test
    void aFormalConsultationWrittenAsDatesRunsForTheWholeLastDay() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("opens: 2026-01-05T09:00", "opens: 2026-03-01")
                .replace("closes: 2026-04-10", "closes: 2026-05-23")));
        assertTrue(problems.sorted().stream().noneMatch(p -> p.message().contains("12 weeks")), problems.sorted().toString());
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("opens: 2026-01-05T09:00", "opens: 2026-03-01")
                .replace("closes: 2026-04-10", "closes: 2026-05-23T23:59")));
        assertTrue(problems.sorted().stream().noneMatch(p -> p.message().contains("12 weeks")), "23:59 written out");
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("opens: 2026-01-05T09:00", "opens: 2026-03-01")
                .replace("closes: 2026-04-10", "closes: 2026-05-22")));
        Problem p = onlyProblem();
        assertEquals("a formal consultation must run for at least 12 weeks, but this one runs for 11 weeks and 6 days.", p.message());
        assertTrue(p.fix().startsWith("Move 'closes' to 2026-05-23 (Saturday 23 May 2026, until the end of the day) or later"), p.fix());
    }

    /**
     * The length is counted as the 12 weeks are, by the clock on the wall: across the October clock change a consultation
     * half an hour short of 12 weeks was said to run "for 12 weeks" (an hour longer by the world's clock).
     */
    @Test
    void aFormalConsultationAcrossTheClockChangeIsNotSaidToRunForTheWeeksItFallsShortOf() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("opens: 2026-01-05T09:00", "opens: 2026-09-01T09:00")
                .replace("closes: 2026-04-10", "closes: 2026-11-24T08:30")));
        assertEquals("a formal consultation must run for at least 12 weeks, but this one runs for 11 weeks and 6 days.",
                onlyProblem().message());
    }

    /** A time the clocks skip, or pass twice, is read one way and said to be: the writer may have meant another. */
    @Test
    void aTimeInTheHourTheClocksChangeIsWarnedAbout() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2026-03-29T01:30")
                .replace("formal: true", "formal: false")));
        Problem skipped = onlyProblem();
        assertEquals(new Position("content/consultations/dental.md", 7, 9), skipped.position());
        assertEquals("01:30 on 2026-03-29 does not happen here: the clocks go forward that night, from 01:00 to 02:00. It is read "
                + "as 02:30.", skipped.message());
        assertEquals("Write the time as the clocks will show it: closes: 2026-03-29T02:30.", skipped.fix());
    }

    @Test
    void aTimeTheClocksPassTwiceIsWarnedAbout() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2026-10-25T01:30")
                .replace("formal: true", "formal: false")));
        assertEquals("01:30 on 2026-10-25 happens twice here: the clocks go back that night, from 02:00 to 01:00. It is read as the "
                + "first time.", onlyProblem().message());
    }

    @Test
    void aYearFarAheadIsWarnedAbout() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2062-04-10")));
        assertEquals("this is in 2062, more than ten years from now (2026).", onlyProblem().message());
    }

    /** Ten years and a day ahead is more than ten years: counted by dates, not by whole years between them. */
    @Test
    void tenYearsAndADayAheadIsWarnedAboutAndTenYearsIsNot() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2036-03-02")));
        assertEquals("this is in 2036, more than ten years from now (2026).", onlyProblem().message());
    }

    @Test
    void tenYearsAheadIsNotWarnedAbout() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2036-03-01T09:00")));
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void aConsultationThatClosesBeforeItOpensIsReported() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("closes: 2026-04-10", "closes: 2025-12-01")));
        assertTrue(onlyProblem().message().contains("before it opens"));
    }

    @Test
    void bulletinsMustBeInTheFolderOfAKnownSeries() {
        load(Map.of("content/bulletins/x.md", "---\ntitle: A\nsummary: B\ndate: 2026-01-01\n---\nText\n",
                "content/bulletins/weekley/y.md", "---\ntitle: A\nsummary: B\ndate: 2026-01-01\n---\nText\n"));
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size());
        assertEquals("'weekley' is not a bulletin series in content/_data/series.yml. Did you mean 'weekly'?", all.get(0).message());
        assertTrue(all.get(1).message().contains("in the folder of their series"), all.get(1).message());
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneRun() {
        load(Map.of(
                "content/a.md", "---\ntitle: A\n---\nText\n",
                "content/b.md", "---\ntitle: B\nsummary: S\ntopics: [nope]\nreviewed: soon\n---\nText\n",
                "content/consultations/c.md", CONSULTATION.replace("engagement: consult", "engagement: tell")));
        List<Problem> all = problems.sorted();
        assertEquals(4, all.size(), all.toString());
        assertEquals(List.of("content/a.md", "content/b.md", "content/b.md", "content/consultations/c.md"),
                all.stream().map(p -> p.position().file()).toList());
    }

    @Test
    void variantsAreRecognisedFromTheirFileNames() {
        LoadedContent content = load(Map.of(
                "content/about.md", "---\ntitle: About\nsummary: S\n---\nText\n",
                "content/about.easy-read.md", "---\ntitle: About us\nsummary: Easy.\n---\nText\n",
                "content/about.cy.md", "---\ntitle: Amdanom ni\nsummary: S.\n---\nTestun\n",
                "content/about.ur.md", "---\ntitle: ہمارے بارے میں\nsummary: S.\n---\nمتن\n"));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        List<Variant> variants = content.documents().stream().map(Document::variant).toList();
        assertTrue(variants.contains(Variant.EASY_READ));
        assertTrue(variants.contains(Variant.translation("cy")));
        assertTrue(content.documents().stream().filter(d -> d.variant().equals(Variant.translation("ur")))
                .allMatch(d -> d.variant().rightToLeft()));
        assertTrue(content.documents().stream().allMatch(d -> d.path().equals("about")));
    }

    @Test
    void anUnknownFileNameSuffixIsReported() {
        load(Map.of("content/about.final.md", "---\ntitle: About\nsummary: S\n---\nText\n"));
        assertTrue(onlyProblem().message().contains("'.final.md'"), onlyProblem().message());
    }

    @Test
    void pagesPastTheirReviewDateWarnThenFail() {
        load(Map.of(
                "content/due.md", "---\ntitle: A\nsummary: S\nreviewed: 2025-08-01\nreview_every: 6 months\n---\nText\n",
                "content/overdue.md", "---\ntitle: B\nsummary: S\nreviewed: 2025-01-01\nreview_every: 6 months\n---\nText\n"));
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertFalse(all.get(0).isError());
        assertTrue(all.get(0).message().contains("due for review on 2026-02-01"), all.get(0).message());
        assertTrue(all.get(1).isError());
        assertTrue(all.get(1).message().contains("grace period ended on 2025-10-01"), all.get(1).message());
    }

    /** Found in review: 'reviewed' alone was taken silently, and the page never fell due, while its owner thought it would. */
    @Test
    void aReviewDateWithoutHowOftenWarns() {
        load(Map.of("content/about.md", "---\ntitle: A\nsummary: S\nreviewed: 2025-01-01\n---\nText\n"));
        Problem p = onlyProblem();
        assertFalse(p.isError());
        assertEquals(new Position("content/about.md", 4, 11), p.position());
        assertTrue(p.message().startsWith("'reviewed' is set but 'review_every' is missing, so the page never falls due"),
                p.message());
        assertTrue(p.fix().contains("review_every: 12 months"), p.fix());
    }

    /**
     * Found in review: 'review_every: 0 months' was taken, so the page fell due for review on the day it was reviewed and
     * warned, then stopped the build, however often it was checked. It is an error at the value, as a bare 0 is.
     */
    @Test
    void aReviewIntervalOfNothingIsAnErrorAtItsValue() {
        List<String> everys = List.of("0 months", "0", "00 years", "0 days");
        Map<String, String> files = new java.util.TreeMap<>();
        for (int i = 0; i < everys.size(); i++) {
            files.put("content/page-" + i + ".md", "---\ntitle: A\nsummary: S\nreviewed: 2026-01-01\nreview_every: " + everys.get(i)
                    + "\n---\nText\n");
        }
        load(files);
        List<Problem> all = problems.sorted();
        assertEquals(everys.size(), all.size(), all.toString());
        for (int i = 0; i < everys.size(); i++) {
            Problem p = all.get(i);
            assertTrue(p.isError(), p.toString());
            assertEquals(new Position("content/page-" + i + ".md", 5, 15), p.position(), everys.get(i));
            assertEquals("'review_every' must be a length of time of at least a day, like \"6 months\", but it is \""
                    + everys.get(i) + "\", which is no time at all: the page would be due for review again on the day it was "
                    + "reviewed.", p.message());
            assertEquals("Write how often the page must be checked, for example: review_every: 6 months. If it needs no "
                    + "reviews, delete the review_every line and the reviewed line.", p.fix());
        }
    }

    @Test
    void anEventThatEndsAsItStartsSaysWhenBothAre() {
        // "the event ends before it starts." with no dates, for one that ended the moment it started.
        load(Map.of("content/events/walk.md", "---\ntitle: Walk\nsummary: A walk.\nstarts: 2026-06-01T10:00\nends: 2026-06-01T10:00\n"
                + "venue: {name: Eastbrook Park, address: Park Road}\n---\nText\n"));
        Problem p = onlyProblem();
        assertEquals("the event ends (2026-06-01 10:00) at the moment it starts.", p.message());
        assertEquals(new Position("content/events/walk.md", 5, 7), p.position());
    }

    @Test
    void markdownInATitleOrSummaryAndAnUpdatedDateAfterTodayAreWarnedAbout() {
        // Shown as typed, marks and all, in the heading, lists, feeds and search, and read out; a typo'd year went to the
        // page and the sitemap as the day it last changed.
        load(Map.of(
                "content/a.md", "---\ntitle: Markdown **in** the title\nsummary: See [our plan](/about/) and act now.\n---\nText\n",
                "content/b.md", "---\ntitle: Opening hours\nsummary: Open **late** on Fridays.\nupdated: 2027-05-01\n---\nText\n",
                "content/c.md", "---\ntitle: 5 * 3 = 15, *stars* and a GP* (see below)\nsummary: Maths_and_more, [Draft] plans and 2*3.\n---\nText\n"));
        List<Problem> all = problems.sorted();
        assertEquals(4, all.size(), all.toString());
        assertTrue(all.get(0).message().startsWith("the title has **bold** marks in it, which is Markdown"), all.get(0).message());
        assertTrue(all.get(1).message().startsWith("the summary has a link written [words](address) in it"), all.get(1).message());
        assertTrue(all.get(1).fix().endsWith("and put the link in the page's text."), all.get(1).fix());
        assertTrue(all.get(2).message().startsWith("the summary has **bold** marks in it"), all.get(2).message());
        assertEquals("this page says it was last changed on 2027-05-01, which is after today; the page shows that date, and search "
                + "engines are told it.", all.get(3).message());
        assertTrue(all.stream().noneMatch(p -> p.position().file().equals("content/c.md")), "stars and underscores that are not Markdown");
    }

    @Test
    void htmlOrACharacterReferenceInATitleOrSummaryIsWarnedAbout() {
        // Published as typed: "Tom &amp; Jerry" in the heading, the browser's tab and shared links, and the tags read out.
        load(Map.of(
                "content/a.md", "---\ntitle: \"Tom &amp; Jerry\"\nsummary: Dental <b>access</b> survey.\n---\nText\n",
                "content/b.md", "---\ntitle: Q&A on R&D, under <5s\nsummary: Fish & chips, for children aged <sixteen.\n---\nText\n"));
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals(new Position("content/a.md", 2, 8), all.get(0).position());
        assertTrue(all.get(0).message().startsWith("the title has the character reference \"&amp;\" in it; a title is plain text"),
                all.get(0).message());
        assertTrue(all.get(0).fix().contains("the character itself (&, not &amp;)"), all.get(0).fix());
        assertTrue(all.get(1).message().startsWith("the summary has the HTML \"<b>\" in it"), all.get(1).message());
    }

    @Test
    void aTitleOrSummaryOverSeveralLinesIsOneLineAndALongSummaryIsSaidToBeShownInFull() {
        // RSS and calendars kept a title's line breaks (written after title: |), where the page showed one line. A long
        // summary was said to be "cut off" in lists, feeds and search results, which show it in full.
        LoadedContent content = load(Map.of("content/a.md", "---\ntitle: |\n  Community dental\n  services  \nsummary: |\n  "
                + "Where clinics\n\n  should be.\n---\nText\n", "content/b.md", "---\ntitle: Long\nsummary: " + "Word ".repeat(70)
                + "\n---\nText\n"));
        var a = content.documents().stream().filter(d -> d.source().endsWith("a.md")).findFirst().orElseThrow();
        assertEquals("Community dental services", a.meta().title());
        assertEquals("Where clinics should be.", a.meta().summary());
        Problem p = onlyProblem();
        assertEquals("content/b.md", p.position().file());
        assertTrue(p.message().startsWith("the summary is 349 characters long, more than 300: it is shown in full under the "
                + "page's link in lists, feeds and search results"), p.message());
    }

    @Test
    void aDraftPastItsReviewOnlyWarnsAndAReviewAfterTodayIsQuestioned() {
        // A new site's starter pages are drafts with a review date: a year and a quarter on, one stopped the whole site.
        load(Map.of(
                "content/draft.md", "---\ntitle: A\nsummary: S\ndraft: true\nreviewed: 2025-01-01\nreview_every: 6 months\n---\nText\n",
                "content/ahead.md", "---\ntitle: B\nsummary: S\nreviewed: 2030-01-01\nreview_every: 12 months\n---\nText\n"));
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(Problem::isError), all.toString());
        assertTrue(all.get(0).position().file().equals("content/ahead.md")
                && all.get(0).message().contains("reviewed on 2030-01-01, which is after today"), all.get(0).message());
        assertTrue(all.get(1).position().file().equals("content/draft.md")
                && all.get(1).message().contains("this draft was due for review on 2025-07-01. It is not published, so it does "
                + "not stop the site"), all.get(1).message());
    }

    @Test
    void aMissingAttachmentIsReportedAtTheLineNamingIt() {
        load(Map.of("content/consultations/dental.md", CONSULTATION.replace("---\n## Why",
                "documents:\n  - title: Consultation document\n    file: dental-consultaton.pdf\n---\n## Why"),
                "content/consultations/dental-consultation.pdf", "%PDF-1.4\n"));
        Problem p = onlyProblem();
        assertEquals(new Position("content/consultations/dental.md", 21, 11), p.position());
        assertTrue(p.message().contains("'dental-consultaton.pdf'") && p.message().endsWith("Did you mean 'dental-consultation.pdf'?"),
                p.message());
    }
}
