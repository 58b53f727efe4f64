package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementportal.content.Meta;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.ContentType;
import org.engagementportal.types.ContentTypes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code portal new}: every type and every kind of version starts a file in the right folder that passes
 * {@code portal check} as it is, with every field the type takes explained; it never overwrites a file, and
 * wrong usage is a clear message with exit code 2.
 */
class NewCommandTest {
    /** The small site has no problems at all at this time, so any problem comes from the new file. */
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void copySite() {
        site = TestSite.copy("small", dir.resolve("site"));
    }

    @Test
    void onASiteUnderAPathThePreviewAddressIsUnderItAndHelpNamesEveryType() throws java.io.IOException {
        // It printed http://127.0.0.1:8080/volunteering-with-us/, which the preview answers with 404.
        Path settings = site.resolve("content/_data/site.yml");
        java.nio.file.Files.writeString(settings, read("content/_data/site.yml").replace("base_url: https://engage.testshire.example/",
                "base_url: https://example-org.github.io/engage/"));
        Portal.Run run = portalNew("page", "Volunteering with us");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("Preview it at http://127.0.0.1:8080/engage/volunteering-with-us/ after"), run.all());
        String help = Portal.run("new", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("engagement record") && help.contains("bulletin, engagement, page"), help);
    }

    private Portal.Run portalNew(String... args) {
        List<String> all = new ArrayList<>(List.of("new"));
        all.addAll(List.of(args));
        all.addAll(List.of("--source", site.toString(), "--now", NOW));
        return Portal.run(all.toArray(String[]::new));
    }

    /** Runs portal new, expects success, and returns the file it says it created, from the site folder. */
    private String created(String... args) {
        Portal.Run run = portalNew(args);
        assertEquals(0, run.exit(), run.all());
        String prefix = "Created " + site + "/";
        String line = run.out().lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no 'Created' line: " + run.all()));
        String file = line.substring(prefix.length());
        assertTrue(Files.isRegularFile(site.resolve(file)), file);
        return file;
    }

    /** portal check passes and prints nothing at all with -q: no error and no warning anywhere. */
    private void checkIsClean() {
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", NOW, "-q");
        assertEquals(0, run.exit(), run.all());
        assertEquals("", run.all(), "no problem, not even a warning");
    }

    private String read(String file) {
        return TestSite.read(site.resolve(file));
    }

    private static ContentType<?> type(String id) {
        return ContentTypes.ALL.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** The front matter's top-level field names, in order. */
    private static List<String> fields(String text) {
        String yaml = text.substring(4, text.indexOf("\n---\n"));
        return yaml.lines().filter(l -> l.matches("[a-z_]+:.*")).map(l -> l.substring(0, l.indexOf(':'))).toList();
    }

    /** Each field has a comment above it (or shares the comment of the field just above, as 'ends' shares 'starts'). */
    private static void everyFieldIsExplained(String text) {
        List<String> lines = text.substring(4, text.indexOf("\n---\n")).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).matches("[a-z_]+:.*")) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && (lines.get(j).matches("[a-z_]+:.*") || lines.get(j).startsWith(" "))) {
                j--;
            }
            assertTrue(j >= 0 && lines.get(j).startsWith("# "), "no comment above '" + lines.get(i) + "':\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            consultation | Improving access to NHS dentistry | content/consultations/improving-access-to-nhs-dentistry.md  | /consultations/improving-access-to-nhs-dentistry/
            meeting      | Governing Body meeting            | content/governing-body/2026-03-30.md                      | /governing-body/2026-03-30/
            event        | GP services drop-in               | content/events/gp-services-drop-in.md                      | /events/gp-services-drop-in/
            bulletin     | Patient and public bulletin       | content/bulletins/weekly/2026-03-01.md                     | /bulletins/weekly/2026-03-01/
            page         | Our values                        | content/our-values.md                                      | /our-values/
            engagement   | Young carers focus group          | content/engagement/young-carers-focus-group.md             | /engagement/young-carers-focus-group/
            """)
    void everyTypeStartsAFileInItsFolderThatPassesTheCheckAsItIs(String type, String title, String file, String address) {
        Portal.Run run = portalNew(type, title);
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("Created " + site.resolve(file)), run.all());
        assertTrue(run.out().contains("http://127.0.0.1:8080" + address + " after you start `portal serve`"), run.all());
        String text = read(file);
        assertTrue(text.contains("\ntitle: " + title + "\n"), text);
        assertTrue(text.contains("\ndraft: false\n"), "published when merged, so the preview shows it: " + text);
        Set<String> expected = new LinkedHashSet<>(Meta.FIELDS);
        expected.addAll(type(type).fields());
        assertEquals(expected, new LinkedHashSet<>(fields(text)), "every field the type takes, once: " + text);
        assertEquals(fields(text).size(), new LinkedHashSet<>(fields(text)).size(), text);
        everyFieldIsExplained(text);
        checkIsClean();
    }

    @Test
    void theStatementIsStartedWhenTheSiteHasNoneAndRefusedWhenItHasOne() throws IOException {
        Portal.Run refused = portalNew("statement", "Accessible Information Statement");
        assertEquals(2, refused.exit(), refused.all());
        assertTrue(refused.err().contains("content/accessible-information.md is already the site's Accessible Information "
                + "Statement"), refused.all());

        Files.delete(site.resolve("content/accessible-information.md"));
        String file = created("statement", "Accessible Information Statement", "--folder", "about-us");
        assertEquals("content/about-us/accessible-information-statement.md", file);
        String text = read(file);
        assertTrue(text.contains("\ntype: statement\n") && text.contains("  email: engage@testshire.example\n"), text);
        Set<String> expected = new LinkedHashSet<>(Meta.FIELDS);
        expected.addAll(type("statement").fields());
        assertEquals(expected, new LinkedHashSet<>(fields(text)), text);
        everyFieldIsExplained(text);
        checkIsClean();
    }

    @Test
    void sensibleDatesFromTheClock() {
        // Sunday 1 March 2026: a formal consultation opens in two weeks and runs twelve, to the end of its last day.
        String consultation = read(created("consultation", "Dental services"));
        assertTrue(consultation.contains("\nopens: 2026-03-15T09:00\n") && consultation.contains("\ncloses: 2026-06-07T23:59\n")
                && consultation.contains("\nformal: true\n"), consultation);
        assertTrue(consultation.contains("It runs for 12 weeks, from 15 March 2026 to 7 June 2026."), consultation);
        assertTrue(consultation.contains("  email: engage@testshire.example\n"), "a way to respond, from site.yml: " + consultation);
        // A meeting in four weeks at 10am, questions by 5pm a week before, with the usual first items.
        String meeting = read(created("meeting", "Governing Body meeting"));
        assertTrue(meeting.contains("\nstarts: 2026-03-30T10:00\n") && meeting.contains("\nquestions_by: 2026-03-23T17:00\n"), meeting);
        for (String item : List.of("Welcome and apologies", "Declarations of interest", "Minutes of the last meeting",
                "Questions from the public")) {
            assertTrue(meeting.contains("    title: " + item), item + " in " + meeting);
        }
        assertTrue(meeting.contains("\ncommittee: governing-body\n"), "the first committee by default: " + meeting);
        // An event in three weeks, in the afternoon.
        String event = read(created("event", "Drop-in"));
        assertTrue(event.contains("\nstarts: 2026-03-22T14:00\n") && event.contains("\nends: 2026-03-22T16:00\n"), event);
        // A bulletin dated today, in the first series.
        assertEquals("content/bulletins/weekly/2026-03-01.md", created("bulletin", "Patient and public bulletin"));
        // --date gives the day, and a meeting's file is named by it.
        assertEquals("content/governing-body/2026-04-16.md", created("meeting", "Extra meeting", "--date", "2026-04-16"));
        // An engagement record's day was always today, --date taken and left out.
        String record = created("engagement", "Listening at the Kingsmere market", "--date", "2026-02-14");
        assertTrue(read(record).contains("\ndate: 2026-02-14\n"), read(record));
        assertTrue(read("content/governing-body/2026-04-16.md").contains("\nstarts: 2026-04-16T10:00\n"));
        checkIsClean();
    }

    @Test
    void aMeetingFallingAtTheWeekendMovesToMonday() {
        Portal.Run run = Portal.run("new", "meeting", "Governing Body meeting", "--source", site.toString(), "--now", "2026-03-07T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(Files.isRegularFile(site.resolve("content/governing-body/2026-04-06.md")), run.all());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Eastbrook & Kingsmere: what's next?", "Say \"yes\": the #1 plan \\ for 2027 # not a comment",
            "[Draft] plans - for: everyone", "true", "'quoted' title", "A title: with [brackets] and {braces}, *stars* & a %"})
    void oddTitlesMakeGoodFileNamesAndSafeYaml(String title) {
        String file = created("page", title);
        assertTrue(file.matches("content/[a-z0-9]+(-[a-z0-9]+)*\\.md"), file);
        checkIsClean();
        Path out = dir.resolve("out");
        Portal.Run build = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW, "-q");
        assertEquals(0, build.exit(), build.all());
        String address = file.substring("content/".length(), file.length() - 3);
        String h1 = Jsoup.parse(TestSite.read(out.resolve(address + "/index.html"))).selectFirst("h1").text();
        assertEquals(title, h1, "the title comes out exactly as given");
    }

    @Test
    void theSlugReadsWell() {
        assertEquals("content/eastbrook-and-kingsmere-whats-next.md", created("page", "Eastbrook & Kingsmere: what's next?"));
        assertEquals("content/cafe-creme-day.md", created("page", "Café crème day"));
        assertEquals("content/page.md", created("page", "تبصرہ"));
        // The second title in another alphabet was refused, "page.md already exists ... choose another title".
        assertEquals("content/page-2.md", created("page", "牙科服务咨询"));
        Portal.Run third = portalNew("page", "استشارة حول طب الأسنان");
        assertEquals(0, third.exit(), third.all());
        assertTrue(third.out().contains("The title has no letters a web address can use (a-z, 0-9), so the file is named page-3.md."),
                third.out());
        String longTitle = created("page", "Changes to community mental health services for adults in Northam, Saltcote "
                + "and the villages north of Saltcote");
        assertTrue(longTitle.length() <= "content/".length() + 60 + 3, longTitle);
        assertTrue(longTitle.startsWith("content/changes-to-community-mental-health-services-for-adults") && !longTitle.endsWith("-.md"),
                longTitle);
        assertEquals("content/about-us/index-page.md", created("page", "Index", "--folder", "about-us"));
        // Letters that are not a letter and an accent are folded as search folds them: they were dropped ("atwy-dostep").
        assertEquals("content/latwy-dostep-w-lodzi.md", created("page", "Łatwy dostęp w Łodzi"));
        assertEquals("content/strasse-aebleskiver-oresund.md", created("page", "Straße Æbleskiver Øresund"));
        // A name Windows keeps for a device cannot be checked out there.
        assertEquals("content/con-page.md", created("page", "CON"));
        checkIsClean();
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            easy-read   | content/consultations/talking-therapies.md | content/consultations/talking-therapies.easy-read.md | /consultations/talking-therapies/easy-read/
            translation | /consultations/talking-therapies/          | content/consultations/talking-therapies.cy.md        | /consultations/talking-therapies/cy/
            easy-read   | /governing-body/2026-03-12/                | content/governing-body/2026-03-12.easy-read.md       | /governing-body/2026-03-12/easy-read/
            translation | content/events/eastbrook-drop-in.md        | content/events/eastbrook-drop-in.cy.md               | /events/eastbrook-drop-in/cy/
            easy-read   | bulletins/weekly/2026-02-27.md             | content/bulletins/weekly/2026-02-27.easy-read.md     | /bulletins/weekly/2026-02-27/easy-read/
            translation | /accessible-information/                   | content/accessible-information.cy.md                 | /accessible-information/cy/
            easy-read   | https://engage.testshire.example/about/    | content/about.easy-read.md                           | /about/easy-read/
            """)
    void everyKindOfVersionOfEveryTypeStartsBesideItsPageAndPassesTheCheck(String kind, String page, String file, String address) {
        List<String> args = new ArrayList<>(List.of(kind, page));
        if (kind.equals("translation")) {
            args.addAll(List.of("--language", "cy"));
        }
        Portal.Run run = portalNew(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("Created " + site.resolve(file)), run.all());
        assertTrue(run.out().contains("http://127.0.0.1:8080" + address), run.all());
        String original = read(file.replaceFirst("\\.[a-z-]+\\.md$", ".md"));
        String version = read(file);
        // The fields that make it the same page are copied exactly as the page writes them.
        for (String field : List.of("opens", "closes", "starts", "date", "type", "formats", "topics", "areas")) {
            original.lines().filter(l -> l.startsWith(field + ":")).findFirst()
                    .ifPresent(l -> assertTrue(version.contains("\n" + l + "\n"), l + " copied into " + version));
        }
        assertTrue(version.contains("\nupdated: 2026-03-01\n"), "dated today, so not older than its page: " + version);
        if (kind.equals("easy-read")) {
            assertTrue(version.contains("\n## What this is about\n") && version.contains("<!-- Easy read: short sentences"), version);
        } else {
            assertTrue(version.contains("<!-- Translate the text below into Welsh."), version);
        }
        checkIsClean();
    }

    @Test
    void aNewPageAndItsVersionsPassTogether() {
        String page = created("consultation", "Eastbrook & Kingsmere: what's next?", "--draft");
        assertTrue(read(page).contains("\ndraft: true\n"));
        String easy = created("easy-read", page);
        assertTrue(read(easy).contains("\ndraft: true\n"), "a version of a draft is a draft, or it would have no page");
        assertTrue(read(easy).contains("\ntitle: \"Eastbrook & Kingsmere: what's next? \u2013 easy read\"\n"), read(easy));
        String urdu = created("translation", page, "--language", "ur", "--title", "ایسٹ بروک اور کنگزمیئر");
        assertEquals("content/consultations/eastbrook-and-kingsmere-whats-next.ur.md", urdu);
        assertTrue(read(urdu).contains("\ntitle: ایسٹ بروک اور کنگزمیئر\n") || read(urdu).contains("\ntitle: \"ایسٹ بروک اور کنگزمیئر\"\n"),
                read(urdu));
        checkIsClean();
    }

    /** Another country's form of the site's language, which the build allows (en-US on an en-GB site), was refused here. */
    @Test
    void aTranslationIntoAnotherCountrysFormOfTheSitesLanguageIsStarted() {
        assertEquals("content/about.en-US.md", created("translation", "content/about.md", "--language", "en-US"));
    }

    @Test
    void itNeverOverwritesAFile() throws IOException {
        String file = created("consultation", "Dental services");
        Files.writeString(site.resolve(file), "my own work", StandardCharsets.UTF_8);
        Portal.Run again = portalNew("consultation", "Dental services");
        assertEquals(2, again.exit(), again.all());
        assertTrue(again.err().contains(site.resolve(file) + " already exists"), again.all());
        assertEquals("my own work", read(file));

        // Nor writes a page at the address of another: about.md and about/index.md are both /about/.
        Portal.Run about = portalNew("page", "About");
        assertEquals(2, about.exit(), about.all());
        assertTrue(about.err().contains("content/about.md already exists"), about.all());
        TestSite.writeBytes(site.resolve("content/news/index.md"), "---\ntitle: News\nsummary: News.\n---\nNews.\n".getBytes(StandardCharsets.UTF_8));
        Portal.Run news = portalNew("page", "News");
        assertEquals(2, news.exit(), news.all());
        assertTrue(news.err().contains("content/news/index.md already exists and has the same address, /news/"), news.all());
        assertFalse(Files.exists(site.resolve("content/news.md")));

        // A version that exists already, and a meeting on a day that has one, which --date can move.
        Portal.Run easy = portalNew("easy-read", "content/consultations/dental-access.md");
        assertEquals(2, easy.exit(), easy.all());
        assertTrue(easy.err().contains("dental-access.easy-read.md already exists"), easy.all());
        Portal.Run meeting = portalNew("meeting", "Governing Body meeting", "--date", "2026-03-12");
        assertEquals(2, meeting.exit(), meeting.all());
        assertTrue(meeting.err().contains("2026-03-12.md already exists") && meeting.err().contains("--date"), meeting.all());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown type               | consultaton;A title                                    | 'consultaton' is not a type of content. Did you mean 'consultation'?
            the types are listed          | survey;A title                                         | Use one of: consultation, meeting, event, bulletin, engagement, page, statement, easy-read, translation.
            an unknown committee          | meeting;A meeting;--committee;finance                  | 'finance' is not a committee in content/_data/committees.yml. Give --committee one of: governing-body.
            an unknown series             | bulletin;An issue;--series;weekley                     | 'weekley' is not a series in content/_data/series.yml. Did you mean 'weekly'? Give --series one of: weekly.
            a series for a meeting        | meeting;A meeting;--series;weekly                      | --series is for bulletins, not for a meeting.
            a committee for a page        | page;A page;--committee;governing-body                 | --committee is for meetings, not for a page.
            an empty title                | page;                                                  | the title is empty
            a title with no words         | page;???                                               | the title "???" has no letters or numbers
            a date that is not a date     | event;An event;--date;next Tuesday                     | --date must be a date like 2027-01-21
            a date for a page             | page;A page;--date;2027-01-21                          | --date is for the types that have a day (a consultation, event, meeting, bulletin or engagement record); a page has none. Leave out --date.
            a page in a typed folder      | page;A page;--folder;events                            | content/events/ is where events go
            a folder for a consultation   | consultation;A title;--folder;about                    | --folder is for pages and the statement
            a page at a portal address    | page;Topics                                            | would take an address the portal uses for its own list
            a page in a portal folder     | page;Notes;--folder;you-said-we-did/2025-26            | content/you-said-we-did/ is kept for the portal's own 'You said, we did' pages
            a translation with no language| translation;content/about.md                           | say which language with --language
            a language that is not one    | translation;content/about.md;--language;welsh          | 'welsh' is not a language code the portal uses. Did you mean cy (Welsh)?
            a three-letter code           | translation;content/about.md;--language;cym            | 'cym' is not a language code the portal uses. Did you mean cy (Welsh)?
            a country's code              | translation;content/about.md;--language;ua             | 'ua' is not a language code the portal uses. Did you mean uk (Ukrainian)?
            a code in capitals            | translation;content/about.md;--language;PL             | 'PL' is not a language code the portal uses. Did you mean pl (Polish)?
            a country that is none        | translation;content/about.md;--language;cy-UK          | 'cy-UK' is not a language code the portal uses. Did you mean cy-GB (Welsh)?
            the site's own, in 3 letters  | translation;content/about.md;--language;eng            | 'eng' is the site's own language (en-GB); a translation is in another language.
            no language at all            | translation;content/about.md;--language;klingonese     | 'klingonese' is not a language code the portal uses. Use the two-letter code
            the site's own language       | translation;content/about.md;--language;en             | the site is written in 'en-GB' already
            the site's own, in full       | translation;content/about.md;--language;en-GB          | the site is written in 'en-GB' already
            a page that does not exist    | easy-read;/abuot/                                      | there is no page at /abuot/ (looked for content/abuot.md and content/abuot/index.md)
            a page given by its title     | easy-read;About us                                     | The page titled "About us" is content/about.md: give that.
            a version of a version        | easy-read;content/consultations/dental-access.easy-read.md | is itself an easy-read version. Give the page it is a version of: content/consultations/dental-access.md
            a section's introduction      | easy-read;/consultations/                              | introduces a list the portal makes
            a date for a version          | easy-read;content/about.md;--date;2026-04-01           | --date is not used for a version of a page
            """)
    void wrongUsageExitsTwoWithAClearMessageAndWritesNothing(String name, String args, String expected) {
        Map<String, String> before = CommandLineTest.hashes(site);
        Portal.Run run = portalNew(args.split(";", -1));
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains(expected), "expected \"" + expected + "\" in:\n" + run.all());
        assertFalse(CommandLineTest.STACK_TRACE.matcher(run.all()).find(), run.all());
        assertEquals(before, CommandLineTest.hashes(site), "nothing written");
    }

    @Test
    void aPageWithMistakesGetsNoVersionUntilTheyAreFixed() {
        TestSite.writeBytes(site.resolve("content/about.md"), "---\ntitle: About us\nsumary: Who we are.\n---\nText.\n"
                .getBytes(StandardCharsets.UTF_8));
        Portal.Run run = portalNew("easy-read", "content/about.md");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("content/about.md:3:1: error:"), run.all());
        assertTrue(run.err().contains("Nothing was written: content/about.md has mistakes."), run.all());
        assertFalse(Files.exists(site.resolve("content/about.easy-read.md")));
    }

    @Test
    void helpShowsTheCommand() {
        assertTrue(Portal.run("--help").out().contains("new"));
        Portal.Run help = Portal.run("new", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--committee") && help.out().contains("--series") && help.out().contains("--language"), help.out());
    }

    /** In a copy of the example portal, with its two committees and two series: every type and version together. */
    @Test
    void inTheExamplePortalEveryTypeAndVersionPassesTogether() throws IOException {
        Path example = dir.resolve("example");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), example.resolve("content"));
        site = example;
        String now = TestSite.EXAMPLE_NOW;
        List<String> made = new ArrayList<>();
        String[][] commands = {
                {"consultation", "Eastbrook & Kingsmere: what's next?"},
                {"meeting", "Primary Care Commissioning Committee meeting", "--committee", "primary-care-commissioning"},
                {"bulletin", "Stakeholder briefing", "--series", "stakeholder"},
                {"event", "Saltcote health hub open day"},
                {"engagement", "Stall at Saltcote carnival"},
                {"page", "Volunteering with us", "--folder", "get-involved-groups"},
                {"easy-read", "/consultations/dental-access/"},
                {"translation", "content/consultations/maternity-experience.md", "--language", "pl", "--title", "Opieka położnicza"},
                {"easy-read", "/governing-body/2026-12-10/"},
                // Found in review: their "you said", "we did" and outcome were copied as the page wrote them, so the new
                // easy-read files stopped at the easy-read checks; each is now a note to write it in easy words.
                {"easy-read", "content/engagement/homeless-health-stall-redwater.md"},
                {"easy-read", "/consultations/gp-extended-access/"},
        };
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of("new"));
            args.addAll(List.of(c));
            args.addAll(List.of("--source", example.toString(), "--now", now));
            Portal.Run run = Portal.run(args.toArray(String[]::new));
            assertEquals(0, run.exit(), run.all());
            made.add(run.out().lines().findFirst().orElseThrow().substring(("Created " + example + "/").length()));
        }
        assertTrue(made.contains("content/primary-care-commissioning/2026-12-21.md"), made.toString());
        assertTrue(made.contains("content/bulletins/stakeholder/2026-11-23.md"), made.toString());
        Portal.Run check = Portal.run("check", "--source", example.toString(), "--now", now, "-q");
        assertEquals(0, check.exit(), check.all());
        String stall = TestSite.read(example.resolve("content/engagement/homeless-health-stall-redwater.easy-read.md"));
        assertTrue(stall.contains("\nheard: |\n  <!-- What people told us, in easy words. -->\ndid:\n  date: 2026-07-01\n  body: |\n"
                + "    <!-- What we did, in easy words. -->\n"), stall);
        // Found in review: published as it was started, its "What we did" showed nothing; it starts as a draft, and once it
        // is not one, a note alone there is warned about.
        assertTrue(stall.contains("\ndraft: true\n"), stall);
        Files.writeString(example.resolve("content/engagement/homeless-health-stall-redwater.easy-read.md"),
                stall.replace("\ndraft: true\n", "\ndraft: false\n"));
        Portal.Run published = Portal.run("check", "--source", example.toString(), "--now", now, "-q");
        assertTrue(published.all().contains("homeless-health-stall-redwater.easy-read.md:18:8: warning: 'heard' has only a note "
                + "(<!-- -->) in it, so the page shows its heading with nothing under it."), published.all());
        assertTrue(published.all().contains("warning: the 'did' body has only a note (<!-- -->) in it"), published.all());
        String gp = TestSite.read(example.resolve("content/consultations/gp-extended-access.easy-read.md"));
        assertTrue(gp.contains("<!-- What we did, in easy words. -->") && gp.contains("<!-- What people told us, in easy words. -->"), gp);
        for (String file : made) {
            assertFalse(check.all().contains(file), "no problem with " + file + ":\n" + check.all());
        }
    }
}
