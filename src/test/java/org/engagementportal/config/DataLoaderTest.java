package org.engagementportal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading content/_data/: the site settings with their defaults, the controlled lists and the glossary, and every
 * mistake in them reported at its file, line and column with a fix. Each test writes one small site.
 */
class DataLoaderTest {
    private static final String SITE = "content/_data/site.yml";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    /** Writes the site (the standard data files, replaced by any the block has) and reads its data folder. */
    private SiteData load(String block) {
        TextSite.write(dir, block);
        return new DataLoader(dir, problems, org.engagementportal.pipeline.Pipeline.sections(org.engagementportal.types.ContentTypes.ALL)).load(); // as a build loads it
    }

    private Problem only() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static Position at(String file, int line, int column) {
        return new Position(file, line, column);
    }

    // site.yml

    @Test
    void everySettingOfSiteYmlIsRead() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: "NHS Northshire ICB"
                base_url: https://engage.northshire.example/have-your-say
                language: cy
                timezone: Europe/Dublin
                description: Have your say.
                header:
                  organisation: NHS Northshire
                  descriptor: Integrated Care Board
                  service: Have your say
                contact:
                  email: engage@northshire.example
                  phone: 01632 960 100
                  text_relay: 18001 01632 960 100
                  address: 1 Mill Lane, Eastbrook
                review_grace: 6 weeks
                page_size: 50
                consultations:
                  closing_soon_days: 21
                meetings:
                  papers_days_before: 10
                feeds:
                  items: 40
                plain_english:
                  smog_warn_above: 12
                limits:
                  file_size: 4 MB
                """).site();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals("NHS Northshire ICB", site.name());
        assertEquals(URI.create("https://engage.northshire.example/have-your-say/"), site.baseUrl(), "a slash is added");
        assertEquals("/have-your-say/", site.basePath());
        assertEquals("/have-your-say/consultations/", site.link("/consultations/"));
        assertEquals("https://engage.northshire.example/have-your-say/about/", site.absolute("/about/"));
        assertEquals("cy", site.language());
        assertEquals(ZoneId.of("Europe/Dublin"), site.timeZone());
        assertEquals(Optional.of("Have your say."), site.description());
        assertEquals(new Header("NHS Northshire", Optional.of("Integrated Care Board"), Optional.of("Have your say")), site.header());
        assertEquals(new Contact(Optional.of("engage@northshire.example"), Optional.of("01632 960 100"),
                Optional.of("18001 01632 960 100"), Optional.of("1 Mill Lane, Eastbrook")), site.contact());
        assertEquals(Period.ofWeeks(6), site.reviewGrace());
        assertEquals(50, site.pageSize());
        assertEquals(21, site.closingSoonDays());
        assertEquals(10, site.papersDaysBefore());
        assertEquals(40, site.feedItems());
        assertEquals(12.0, site.smogLimit());
        assertEquals(4L * 1024 * 1024, site.limits().fileBytes());
    }

    @Test
    void aSiteWithOnlyANameAndAddressGetsTheDefaults() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example
                """).site();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(URI.create("https://engage.testshire.example/"), site.baseUrl());
        assertEquals("/", site.basePath());
        assertEquals(SiteConfig.DEFAULT_LANGUAGE, site.language());
        assertEquals(ZoneId.of("Europe/London"), site.timeZone());
        assertEquals(new Header("NHS Testshire", Optional.empty(), Optional.empty()), site.header(),
                "the header shows the site's name");
        assertEquals(Contact.none(), site.contact());
        assertEquals(Period.ofMonths(3), site.reviewGrace());
        assertEquals(20, site.pageSize());
        assertEquals(14, site.closingSoonDays());
        assertEquals(7, site.papersDaysBefore());
        assertEquals(20, site.feedItems());
        assertEquals(14.0, site.smogLimit());
        assertEquals(Limits.DEFAULT, site.limits());
        assertEquals(Optional.empty(), site.description());
    }

    @Test
    void aHeaderWithoutAnOrganisationShowsTheSiteName() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                header:
                  descriptor: Integrated Care Board
                """).site();
        assertEquals(new Header("NHS Testshire", Optional.of("Integrated Care Board"), Optional.empty()), site.header());
    }

    @Test
    void aMissingSiteYmlIsAnErrorSayingWhatToWriteAndTheListsAreStillRead() throws IOException {
        TextSite.write(dir, "");
        Files.delete(dir.resolve(SITE));
        SiteData data = new DataLoader(dir, problems).load();
        Problem p = only();
        assertEquals(Position.file(SITE), p.position());
        assertEquals("the site settings file is missing.", p.message());
        assertTrue(p.fix().contains("name: \"NHS Example Integrated Care Board\"") && p.fix().contains("base_url: https://"), p.fix());
        assertEquals(URI.create("https://example.invalid/"), data.site().baseUrl(), "a placeholder, never a real address");
        assertEquals(List.of("mental-health", "dentistry", "primary-care"), Vocabulary.ids(data.vocabulary().topics()),
                "content can still be checked against the lists in the same run");
    }

    /** An empty site.yml was read as none at all, and said nothing: only the home page's template had "no title". */
    @Test
    void anEmptySiteYmlIsAnErrorSayingWhatToWrite() throws IOException {
        TextSite.write(dir, "");
        Files.writeString(dir.resolve(SITE), "\n# to do\n");
        new DataLoader(dir, problems).load();
        Problem p = only();
        assertEquals("the site settings file is empty.", p.message());
        assertTrue(p.fix().contains("name: \"NHS Example Integrated Care Board\"") && p.fix().contains("base_url: https://"), p.fix());
    }

    @Test
    void aSiteWithoutANameOrAddressIsToldToAddThem() {
        load("""
                -- content/_data/site.yml --
                language: en-GB
                """);
        List<Problem> all = problems.sorted();
        assertEquals(List.of("the site settings needs 'base_url' (a web address), but it is missing.",
                "the site settings needs 'name' (text), but it is missing."), all.stream().map(Problem::message).sorted().toList());
        assertTrue(all.stream().allMatch(p -> p.position().equals(at(SITE, 1, 1))), all.toString());
        assertTrue(all.stream().anyMatch(p -> p.fix().equals("Add a line such as: base_url: https://www.example.nhs.uk/survey")),
                all.toString());
    }

    @Test
    void anAddressThatIsNotAWebAddressIsReportedAtItsValue() {
        SiteData data = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: engage.testshire.example
                """);
        Problem p = only();
        assertEquals(at(SITE, 2, 11), p.position());
        assertTrue(p.message().startsWith("'base_url' must be a full web address starting with https://"), p.message());
        assertEquals(URI.create("https://example.invalid/"), data.site().baseUrl());
    }

    @Test
    void anAddressWithoutHttpsIsAWarningWithTheHttpsAddressToWrite() {
        SiteData data = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: http://engage.testshire.example/have-your-say
                """);
        Problem p = only();
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(at(SITE, 2, 11), p.position());
        assertTrue(p.message().startsWith("the site's address starts with http://"), p.message());
        assertEquals("Write the address the site is published at, with https://, for example base_url: "
                + "https://engage.testshire.example/have-your-say/", p.fix());
        assertEquals(URI.create("http://engage.testshire.example/have-your-say/"), data.site().baseUrl(), "used as written");
    }

    @Test
    void anAddressWithoutHttpsIsNotWarnedAboutWhenTheCommandGivesTheAddressPublished() {
        TextSite site = TextSite.write(dir.resolve("site"), """
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: http://engage.testshire.example/
                """);
        assertTrue(site.check("2026-11-23T09:00").all().contains("starts with http://"), "warned without --base-url");
        Portal.Run given = Portal.run("check", "--source", site.root().toString(), "--now", "2026-11-23T09:00",
                "--base-url", "https://engage.testshire.example/");
        assertFalse(given.all().contains("starts with http://"), given.all());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // Passed silently: every link on the site came out as /engagementa-z/ or /engagement/index.html/a-z/.
        "https://engage.testshire.example/engagement?x=1#top | a query (?x=1) | https://engage.testshire.example/engagement/",
        "https://engage.testshire.example/engagement#top | a part after # (#top) | https://engage.testshire.example/engagement/",
        "https://engage.testshire.example/engagement/index.html | a file's name at the end (index.html) | https://engage.testshire.example/engagement/",
        "https://editor:secret@engage.testshire.example/ | a user name or password (editor:secret@) | https://engage.testshire.example/",
    })
    void anAddressThatIsNotAHomePagesIsAnErrorWithTheAddressToWrite(String written, String part, String home) {
        SiteData data = load("-- content/_data/site.yml --\nname: NHS Testshire\nbase_url: " + written + "\n");
        Problem p = only();
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(at(SITE, 2, 11), p.position());
        assertTrue(p.message().startsWith("the site's address has " + part), p.message());
        assertEquals("Write the address of the site's home page only, for example base_url: " + home, p.fix());
        assertEquals(URI.create("https://example.invalid/"), data.site().baseUrl(), "not used");
    }

    @Test
    void aFolderWithADotInItsNameIsAFolderNotAFile() {
        // A GitHub Pages project named engage.v2 was taken for a file, and the address suggested dropped it.
        SiteData data = load("-- content/_data/site.yml --\nname: NHS Testshire\nbase_url: https://nhs-org.github.io/engage.v2\n");
        assertEquals(List.of(), problems.sorted());
        assertEquals(URI.create("https://nhs-org.github.io/engage.v2/"), data.site().baseUrl());
    }

    @Test
    void aBaseUrlOptionThatIsNotAHomePagesIsWrongUsage() {
        TextSite site = TextSite.write(dir.resolve("site"), """
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                """);
        Portal.Run given = Portal.run("build", "--source", site.root().toString(), "--now", "2026-11-23T09:00",
                "--out", dir.resolve("out").toString(), "--base-url", "https://editor:secret@staging.testshire.example/");
        assertEquals(2, given.exit(), given.all());
        assertTrue(given.err().contains("--base-url has a user name or password (editor:secret@), which every page would publish. "
                + "Give the address of the site's home page only, like https://staging.testshire.example/."), given.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aLanguageThatIsNotALanguageCodeIsReportedAndEnglishIsUsed() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                language: English
                """).site();
        Problem p = only();
        assertEquals(at(SITE, 3, 11), p.position());
        assertEquals("'language' must be a language code like en-GB, but it is \"English\".", p.message());
        assertEquals("Write language: en-GB", p.fix());
        assertEquals("en-GB", site.language());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // Shaped like codes, so accepted, and every page said <html lang="en-UK"> or "xx" to screen readers.
        "en-UK | 'UK' is not the code of a country (the United Kingdom's is GB) | en-GB",
        "eng | 'eng' is the three-letter code of a language whose code is 'en' | en",
        "cym-GB | 'cym' is the three-letter code of a language whose code is 'cy' | cy-GB",
        "xx | 'xx' is not the code of a language | en-GB",
        "en-ZZ | 'ZZ' is not the code of a country | en",
    })
    void aLanguageCodeOfNoLanguageOrCountryIsReportedWithTheCodeMeant(String code, String why, String meant) {
        SiteConfig site = load("-- content/_data/site.yml --\nname: NHS Testshire\nbase_url: https://engage.testshire.example/\n"
                + "language: " + code + "\n").site();
        Problem p = only();
        assertEquals(at(SITE, 3, 11), p.position());
        assertEquals("'language' must be a language code like en-GB, but " + why + ", so pages would tell screen readers a "
                + "language they do not know.", p.message());
        assertEquals("Write language: " + meant, p.fix());
        assertEquals("en-GB", site.language());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en-GB", "cy", "cy-GB", "en", "pa-Arab", "es-419", "ckb", "en-gb"})
    void aLanguageCodeOfALanguageIsTaken(String code) {
        SiteConfig site = load("-- content/_data/site.yml --\nname: NHS Testshire\nbase_url: https://engage.testshire.example/\n"
                + "language: " + code + "\n").site();
        assertEquals(code, site.language());
    }

    @Test
    void anUnknownSettingIsAnErrorWithTheSettingItWasProbablyMeantToBe() {
        load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                time_zone: Europe/London
                """);
        Problem p = only();
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(at(SITE, 3, 1), p.position());
        assertEquals("'time_zone' is not a field of the site settings. Did you mean 'timezone'?", p.message());
        assertTrue(p.fix().contains("name, base_url, language, timezone"), p.fix());
    }

    @Test
    void anUnknownSettingInsideAGroupNamesTheGroup() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                consultations:
                  closing_soon: 10
                """).site();
        Problem p = only();
        assertEquals(at(SITE, 4, 3), p.position());
        assertEquals("'closing_soon' is not a field of the 'consultations' settings. Did you mean 'closing_soon_days'?",
                p.message());
        assertEquals(14, site.closingSoonDays(), "the default stands");
    }

    @Test
    void numbersOutOfRangeAreReportedWithTheRangeAndTheDefaultStands() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                page_size: 1000
                feeds:
                  items: 0
                """).site();
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals(at(SITE, 3, 12), all.get(0).position());
        assertEquals("'page_size' must be a whole number from 5 to 200, but it is \"1000\".", all.get(0).message());
        assertEquals(at(SITE, 5, 10), all.get(1).position());
        assertEquals("'items' must be a whole number from 1 to 500, but it is \"0\".", all.get(1).message());
        assertEquals(20, site.pageSize());
        assertEquals(20, site.feedItems());
    }

    @Test
    void aGraceThatIsNotALengthOfTimeIsReported() {
        load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                review_grace: a while
                """);
        Problem p = only();
        assertEquals(at(SITE, 3, 15), p.position());
        assertTrue(p.message().startsWith("'review_grace' must be a length of time like \"6 months\""), p.message());
        assertTrue(p.fix().contains("review_grace: 1 year"), p.fix());
    }

    /** Found in review: a grace of a billion years overflowed the calendar when added to a review date (exit 3). */
    @Test
    void aGraceLongerThanAHundredYearsIsReported() {
        load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                review_grace: 999999999 years
                """);
        Problem p = only();
        assertEquals(at(SITE, 3, 15), p.position());
        assertTrue(p.message().startsWith("'review_grace' must be a length of time like \"6 months\", of up to 100 years"),
                p.message());
    }

    @Test
    void contactDetailsAreChecked() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                contact:
                  email: engage at testshire
                  phone: call us
                """).site();
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals(at(SITE, 4, 10), all.get(0).position());
        assertTrue(all.get(0).message().startsWith("'email' must be an email address"), all.get(0).message());
        assertEquals(at(SITE, 5, 10), all.get(1).position());
        assertTrue(all.get(1).message().startsWith("'phone' must be a UK phone number"), all.get(1).message());
        assertEquals(Contact.none(), site.contact());
    }

    /**
     * Found in review: the phone number and the text relay number swapped (or the relay given without Relay UK's 18001)
     * were taken, so every page told Deaf readers to use a voice line as the text relay.
     */
    @Test
    void aTextRelayNumberAndAPhoneNumberAreEachTheirOwnKind() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                contact:
                  phone: 18001 01632 960 120
                  text_relay: 01632 960 121
                """).site();
        List<Problem> all = problems.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals(at(SITE, 4, 10), all.get(0).position());
        assertTrue(all.get(0).message().startsWith("'phone' is \"18001 01632 960 120\", a text relay number (Relay UK's 18001"),
                all.get(0).message());
        assertTrue(all.get(0).fix().contains("text_relay:"), all.get(0).fix());
        assertEquals(at(SITE, 5, 15), all.get(1).position());
        assertTrue(all.get(1).message().startsWith("'text_relay' must be a text relay number, 18001 and then the phone number"),
                all.get(1).message());
        assertEquals("Put 18001 and a space in front of it: text_relay: 18001 01632 960 121. Deaf readers using a textphone or "
                + "the Relay UK app dial it as it is written.", all.get(1).fix());
        assertEquals(Contact.none(), site.contact());
    }

    @Test
    void aTextRelayNumberIsKeptAsWritten() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                contact:
                  phone: 01632 960 120
                  text_relay: 18001 01632 960 120
                """).site();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(java.util.Optional.of("18001 01632 960 120"), site.contact().textRelay());
    }

    /** Found in review: 18002 is a hearing caller's way to a textphone user, not a Deaf reader's way to the organisation. */
    @Test
    void aTextRelayNumberForHearingCallersIsRefused() {
        load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                contact:
                  text_relay: 18002 01632 960 120
                """);
        Problem p = only();
        assertEquals(at(SITE, 4, 15), p.position());
        assertTrue(p.message().contains("with 18002 in front, which is how a hearing caller reaches a textphone user"), p.message());
        assertEquals("Write 18001 in place of 18002: text_relay: 18001 01632 960 120.", p.fix());
    }

    @Test
    void aSettingGivenTwiceNamesTheLineOfTheFirst() {
        SiteConfig site = load("""
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                page_size: 10
                page_size: 30
                """).site();
        Problem p = only();
        assertEquals(at(SITE, 4, 1), p.position());
        assertEquals("'page_size' is given twice in the site settings (first on line 3).", p.message());
        assertEquals(10, site.pageSize(), "the first one counts");
    }

    @Test
    void brokenYamlInSiteYmlIsCalledAFileNotFrontMatter() {
        load("""
                -- content/_data/site.yml --
                name: NHS Testshire: have your say
                base_url: https://engage.testshire.example/
                """);
        Problem p = only();
        assertEquals(SITE, p.position().file());
        assertEquals(1, p.position().line());
        assertTrue(p.message().startsWith("the value of 'name' has a colon and a space in it (after \"NHS Testshire\")"),
                p.message());
        assertEquals("Put the whole value in double quotes: name: \"NHS Testshire: have your say\"", p.fix());
    }

    @Test
    void siteYmlThatIsAListIsReported() {
        load("""
                -- content/_data/site.yml --
                - name: NHS Testshire
                """);
        assertTrue(problems.sorted().stream().anyMatch(p -> p.position().equals(at(SITE, 1, 1))
                && p.message().equals("the site settings must be a group of fields (name: value on each line), but it is a list.")),
                problems.sorted().toString());
    }

    @Test
    void aDataFileThatIsNotUtf8IsReportedAtTheBadByte() {
        TextSite.write(dir, "");
        byte[] text = "- id: eastbrook\n  name: Eastbrook ?\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        text[text.length - 2] = (byte) 0xA3; // a pound sign saved as Windows-1252, not UTF-8
        TestSite.writeBytes(dir.resolve("content/_data/areas.yml"), text);
        SiteData data = new DataLoader(dir, problems).load();
        Problem p = only();
        assertEquals(at("content/_data/areas.yml", 2, 19), p.position());
        assertTrue(p.message().startsWith("this file is not saved as UTF-8 text: the byte 0xA3"), p.message());
        assertEquals(List.of(), data.vocabulary().areas());
    }

    @Test
    void aDataFileTooLargeToBeAListIsNotRead() {
        TextSite.write(dir, "-- content/_data/topics.yml --\n# " + "x".repeat(Limits.YAML_BYTES) + "\n");
        SiteData data = new DataLoader(dir, problems).load();
        Problem p = only();
        assertEquals(Position.file("content/_data/topics.yml"), p.position());
        assertTrue(p.message().contains("more than the 512 KB the portal reads from one data file"), p.message());
        assertEquals(List.of(), data.vocabulary().topics());
    }

    @Test
    void aDataFileThatIsALinkIsNotFollowed() throws IOException {
        TextSite.write(dir, "");
        Path elsewhere = Files.writeString(dir.resolve("series.yml"), "- id: weekly\n  name: Weekly\n");
        Path series = dir.resolve("content/_data/series.yml");
        Files.delete(series);
        Files.createSymbolicLink(series, elsewhere);
        SiteData data = new DataLoader(dir, problems).load();
        Problem p = only();
        assertEquals(Position.file("content/_data/series.yml"), p.position());
        assertEquals("this is a link to another file, which the portal does not read.", p.message());
        assertEquals(List.of(), data.vocabulary().series());
    }

    @Test
    void aFileTheDataFolderDoesNotUseIsAWarningListingTheFilesItDoes() {
        load("""
                -- content/_data/wards.yml --
                - id: north-ward
                  name: North ward
                -- content/_data/.editorconfig --
                root = true
                """);
        Problem p = only();
        assertEquals(Severity.WARNING, p.severity(), "hidden files such as .editorconfig are left alone");
        assertEquals(Position.file("content/_data/wards.yml"), p.position());
        assertEquals("this data file is not used by the portal.", p.message());
        assertTrue(p.fix().contains("site.yml, glossary.yml, topics.yml, areas.yml, series.yml, committees.yml, groups.yml"), p.fix());
    }

    // the controlled lists

    @Test
    void theListsAreReadInTheOrderOfTheirFiles() {
        Vocabulary v = load("""
                -- content/_data/areas.yml --
                - id: kingsmere
                  name: Kingsmere
                  description: The north of the county.
                - id: eastbrook
                  name: Eastbrook
                """).vocabulary();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(new Term("kingsmere", "Kingsmere", "The north of the county."), new Term("eastbrook", "Eastbrook", "")),
                v.areas());
        assertEquals(List.of("weekly", "stakeholder"), Vocabulary.ids(v.series()));
        assertEquals(List.of("governing-body"), Vocabulary.ids(v.committees()));
    }

    @Test
    void theGroupsAreReadWithTheirNamesAndWhoIsInThem() {
        Vocabulary v = load("""
                -- content/_data/groups.yml --
                - id: young-carers
                  name: Young carers
                  description: Children who look after someone at home.
                - id: bsl-users
                  name: Deaf British Sign Language users
                  description: Deaf people whose first language is BSL.
                """).vocabulary();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(new Term("young-carers", "Young carers", "Children who look after someone at home."),
                new Term("bsl-users", "Deaf British Sign Language users", "Deaf people whose first language is BSL.")), v.groups());
    }

    @Test
    void aGroupWithoutADescriptionIsAnErrorAtItsEntryBecauseTheYearlyReportSaysWhoIsInIt() {
        Vocabulary v = load("""
                -- content/_data/groups.yml --
                - id: young-carers
                  name: Young carers
                  description: Children who look after someone at home.
                - id: homeless
                  name: People who are homeless
                """).vocabulary();
        Problem p = only();
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("content/_data/groups.yml", p.position().file());
        assertEquals(4, p.position().line(), p.toString());
        assertTrue(p.message().contains("'description'"), p.message());
        assertEquals(List.of("young-carers", "homeless"), Vocabulary.ids(v.groups()), "content naming it is not also reported");
    }

    @Test
    void aGroupIdWithSpacesIsReportedWithTheIdItShouldBe() {
        load("""
                -- content/_data/groups.yml --
                - id: Young carers
                  name: Young carers
                  description: Children who look after someone at home.
                """);
        Problem p = only();
        assertEquals(at("content/_data/groups.yml", 1, 7), p.position());
        assertTrue(p.fix().contains("young-carers"), p.fix());
    }

    @Test
    void aMissingListIsEmptyAndNotAnError() throws IOException {
        TextSite.write(dir, "");
        Files.delete(dir.resolve("content/_data/committees.yml"));
        SiteData data = new DataLoader(dir, problems).load();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(), data.vocabulary().committees());
    }

    @Test
    void aListWrittenAsSettingsShowsHowToWriteAnEntry() {
        Vocabulary v = load("""
                -- content/_data/topics.yml --
                mental-health: Mental health
                """).vocabulary();
        Problem p = only();
        assertEquals(at("content/_data/topics.yml", 1, 1), p.position());
        assertEquals("content/_data/topics.yml must be a list of topics, each starting with '- id:', but it is a group of fields.",
                p.message());
        assertEquals("Write each entry as:\n- id: mental-health\n  name: Mental health", p.fix());
        assertEquals(List.of(), v.topics());
    }

    @Test
    void anEntryWithoutANameIsLeftOutAndReported() {
        Vocabulary v = load("""
                -- content/_data/topics.yml --
                - id: dentistry
                - id: mental-health
                  name: Mental health
                """).vocabulary();
        Problem p = only();
        assertEquals(at("content/_data/topics.yml", 1, 3), p.position());
        assertEquals("an entry of topics.yml needs 'name' (text), but it is missing.", p.message());
        assertEquals(List.of("mental-health"), Vocabulary.ids(v.topics()));
    }

    @Test
    void anIdWithCapitalsOrSpacesIsReportedWithTheIdItShouldBe() {
        Vocabulary v = load("""
                -- content/_data/areas.yml --
                - id: North Kingsmere
                  name: North Kingsmere
                """).vocabulary();
        Problem p = only();
        assertEquals(at("content/_data/areas.yml", 1, 7), p.position());
        assertEquals("the id \"North Kingsmere\" must be lower-case letters, numbers and hyphens.", p.message());
        assertEquals("Write it like this: north-kingsmere", p.fix());
        assertEquals(List.of(), v.areas());
    }

    @Test
    void anIdUsedTwiceNamesTheLineOfTheFirstAndKeepsIt() {
        Vocabulary v = load("""
                -- content/_data/series.yml --
                - id: weekly
                  name: Weekly bulletin
                - id: weekly
                  name: Weekly news
                """).vocabulary();
        Problem p = only();
        assertEquals(at("content/_data/series.yml", 3, 7), p.position());
        assertEquals("the id 'weekly' is used twice in series.yml (first on line 1).", p.message());
        assertEquals(List.of(new Term("weekly", "Weekly bulletin", "")), v.series());
    }

    @Test
    void aCommitteeCannotHaveTheAddressOfOneOfThePortalsOwnLists() {
        Vocabulary v = load("""
                -- content/_data/committees.yml --
                - id: governing-body
                  name: Governing Body
                - id: events
                  name: Events committee
                """).vocabulary();
        Problem p = only();
        assertEquals(at("content/_data/committees.yml", 3, 7), p.position());
        assertEquals("the id 'events' is the address of one of the portal's own lists (/events/), so a committee cannot have it.",
                p.message());
        assertEquals("Give the committee another id, such as events-committee.", p.fix());
        assertEquals(List.of("governing-body"), Vocabulary.ids(v.committees()));
    }

    @Test
    void aTopicMayHaveAReservedNameBecauseTopicsLiveUnderTopics() {
        Vocabulary v = load("""
                -- content/_data/topics.yml --
                - id: events
                  name: Events
                """).vocabulary();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of("events"), Vocabulary.ids(v.topics()));
    }

    @Test
    void anUnknownFieldOfAnEntrySuggestsTheFieldItWasMeantToBe() {
        load("""
                -- content/_data/committees.yml --
                - id: governing-body
                  name: Governing Body
                  descripton: Meets in public every two months.
                """);
        Problem p = only();
        assertEquals(at("content/_data/committees.yml", 3, 3), p.position());
        assertEquals("'descripton' is not a field of an entry of committees.yml. Did you mean 'description'?", p.message());
        assertEquals("The fields an entry of committees.yml can have are: id, name, description.", p.fix());
    }

    // glossary.yml

    @Test
    void theGlossaryIsReadWithItsJargon() {
        Glossary g = load("""
                -- content/_data/glossary.yml --
                - term: ICB
                  meaning: Integrated Care Board
                - term: commissioning
                  meaning: planning and buying health services
                  instead: planning and buying services
                """).glossary();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(2, g.entries().size());
        assertFalse(g.find("ICB").orElseThrow().isJargon());
        assertEquals(Optional.of("planning and buying services"), g.find("commissioning").orElseThrow().instead());
    }

    @Test
    void aTermTwiceInAnyCaseIsReportedWithTheLineOfTheFirst() {
        Glossary g = load("""
                -- content/_data/glossary.yml --
                - term: GP
                  meaning: General practitioner
                - term: gp
                  meaning: family doctor
                """).glossary();
        Problem p = only();
        assertEquals(at("content/_data/glossary.yml", 3, 9), p.position());
        assertEquals("'gp' is in the glossary twice (first on line 1).", p.message());
        assertEquals("General practitioner", g.find("GP").orElseThrow().meaning());
    }

    @Test
    void aMeaningOnTwoLinesIsReportedBecauseItWouldBreakEveryPage() {
        Glossary g = load("""
                -- content/_data/glossary.yml --
                - term: PCN
                  meaning: |
                    Primary Care Network
                    *[x]: injected
                """).glossary();
        Problem p = only();
        assertEquals(at("content/_data/glossary.yml", 2, 12), p.position());
        assertEquals("'meaning' must be on one line, but it has a line break.", p.message());
        assertEquals(Glossary.empty(), g);
    }

    @Test
    void aGlossaryThatIsNotAListShowsAnEntry() {
        load("""
                -- content/_data/glossary.yml --
                ICB: Integrated Care Board
                """);
        Problem p = only();
        assertEquals(at("content/_data/glossary.yml", 1, 1), p.position());
        assertTrue(p.message().startsWith("content/_data/glossary.yml must be a list of terms, each starting with '- term:'"),
                p.message());
        assertEquals("Write each entry as:\n- term: ICB\n  meaning: Integrated Care Board", p.fix());
    }

    /** The share picture's size, from its header: PNG's IHDR, JPEG's start of frame after fill bytes and long EXIF. */
    @Test
    void aPicturesSizeIsReadFromItsHeaderOrNotAtAll(@org.junit.jupiter.api.io.TempDir Path pictures) throws java.io.IOException {
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(24);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}).putInt(1200).putInt(630);
        Path right = Files.write(pictures.resolve("right.png"), png.array());
        assertEquals(List.of(1200, 630), java.util.Arrays.stream(DataLoader.pixels(right).orElseThrow()).boxed().toList());
        png.putInt(16, 0xFFFFFFFF).putInt(20, 0x80000000);
        assertEquals(java.util.Optional.empty(), DataLoader.pixels(Files.write(pictures.resolve("huge.png"), png.array())),
                "a size no picture has is not quoted as -1 by -2147483648");
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        jpeg.write(new byte[] {(byte) 0xFF, (byte) 0xD8});
        jpeg.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) 0xFF, (byte) 0xF2}); // an EXIF segment of 65,522 bytes
        jpeg.write(new byte[65520]);
        jpeg.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0, 80, 0, 120}); // fill, then SOF0
        jpeg.write(new byte[16]);
        Path tall = Files.write(pictures.resolve("exif.jpg"), jpeg.toByteArray());
        assertEquals(List.of(120, 80), java.util.Arrays.stream(DataLoader.pixels(tall).orElseThrow()).boxed().toList());
        assertEquals(java.util.Optional.empty(), DataLoader.pixels(Files.write(pictures.resolve("empty.jpg"), new byte[0])));
    }
}
