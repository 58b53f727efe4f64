package org.engagementportal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementportal.testing.HtmlValidator;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engagement records in content/engagement/ at 9am on 23 November 2026: their pages, the listing with its filters
 * by topic, area, rung and group (plain links, no JavaScript), the feed, and each mistake at its line.
 */
class EngagementRecordsTest {
    static final String NOW = "2026-11-23T09:00";

    static final String SITE = """
            -- content/consultations/dental-access.md --
            ---
            title: Dental access
            summary: Where should dentists be?
            opens: 2026-06-01T09:00
            closes: 2026-08-31
            ---
            Text.
            -- content/events/saltcote-drop-in.md --
            ---
            title: Saltcote drop-in
            summary: Come along.
            starts: 2026-06-17T15:00
            venue: Saltcote Library
            ---
            -- content/engagement/young-carers.md --
            ---
            title: Young carers focus group
            summary: Young carers told us about getting to appointments.
            topics: [dentistry]
            areas: [eastbrook]
            date: 2026-06-17
            activity: focus-group
            engagement: involve
            stage: assess
            reached: [young-carers, carers]
            people: 11
            heard: |
              You said you miss your own appointments.
            did:
              date: 2026-09-15
              body: |
                We asked practices to offer **after-school** times.
            consultation: dental-access
            event: saltcote-drop-in
            ---
            Thank you to the young carers project.
            -- content/engagement/survey.md --
            ---
            title: Travellers' survey
            summary: Families told us about registering with a GP.
            areas: [kingsmere]
            starts: 2026-07-06
            ends: 2026-07-24T17:00
            activity: survey
            engagement: consult
            stage: plan
            reached: [gypsy-roma-traveller]
            people: 1042
            ---
            -- content/engagement/next-year.md --
            ---
            title: Village drop-ins
            summary: We will visit the villages.
            date: 2027-01-18
            activity: drop-in
            engagement: inform
            stage: plan
            ---
            """;

    @TempDir
    Path dir;

    private TextSite.Built build(String block) {
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), NOW);
    }

    @Test
    void aRecordShowsWhenWhatWhoItReachedWhatPeopleSaidAndWhatWeDid() {
        TextSite.Built built = build(SITE).succeeded();
        Document page = built.page("/engagement/young-carers/");
        assertEquals("Young carers focus group", page.selectFirst("h1").text());
        List<String> keys = page.select("main dl").first().select("dt").eachText();
        List<String> values = page.select("main dl").first().select("dd").eachText();
        assertEquals(List.of("When", "Activity", "How much say people had", "Stage of planning", "People", "Part of", "Held at"), keys);
        assertEquals(List.of("17 June 2026", "Focus group", "Involve: We are working with you to shape the options.",
                "Understanding what people need", "11 people took part", "Dental access", "Saltcote drop-in"), values);
        assertEquals("2026-06-17", page.selectFirst("main dl time").attr("datetime"));
        assertEquals("/consultations/dental-access/", page.select("main dl a").get(0).attr("href"));
        assertEquals("/events/saltcote-drop-in/", page.select("main dl a").get(1).attr("href"));
        assertEquals(List.of("Young carers", "Carers"), page.select("#who-we-reached + dl dt").eachText());
        assertEquals("/engagement/groups/young-carers/", page.selectFirst("#who-we-reached + dl dt a").attr("href"));
        assertTrue(page.selectFirst("#who-we-reached + dl dd").text().startsWith("Children and young people who look after"));
        assertEquals("You said you miss your own appointments.", page.selectFirst("#you-said + div").text());
        assertEquals("after-school", page.selectFirst("#we-did ~ div strong").text(), "'did' is Markdown");
        assertEquals("2026-09-15", page.selectFirst("#we-did + p time").attr("datetime"));
    }

    @Test
    void fewerThanFivePeopleAreNeverPublishedAsANumber() {
        // "2 people took part" beside "Deaf BSL users" could name them; a consultation's small counts were already withheld.
        TextSite.Built built = build(SITE.replace("people: 11", "people: 2")).succeeded();
        List<String> values = built.page("/engagement/young-carers/").select("main dl").first().select("dd").eachText();
        assertTrue(values.contains("fewer than 5 people took part") && !values.contains("2 people took part"), values.toString());
        String csv = built.file("/open-data/engagement.csv").text();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String row = csv.lines().filter(l -> l.contains("Young carers focus group")).findFirst().orElseThrow();
        assertEquals("", List.of(row.split(",", -1)).get(header.indexOf("people")), row);
    }

    @Test
    void theConsultationARecordWasPartOfLinksBackToIt() {
        TextSite.Built built = build(SITE).succeeded();
        Document consultation = built.page("/consultations/dental-access/");
        assertEquals(List.of("/engagement/young-carers/"), consultation.select("#engagement + ul a").eachAttr("href"));
        assertEquals("Young carers focus group", consultation.selectFirst("#engagement + ul a").text());
    }

    @Test
    void engagementStillToComeSaysSoAndStartsAndEndsAreShownAsDays() {
        TextSite.Built built = build(SITE).succeeded();
        Document next = built.page("/engagement/next-year/");
        assertTrue(next.select(".nhsuk-inset-text").text().contains("This has not taken place yet"), next.html());
        assertTrue(next.select("#you-said, #we-did, #who-we-reached").isEmpty());
        assertEquals("6 July 2026 to 24 July 2026", built.page("/engagement/survey/").selectFirst("main dl dd").text());
        assertTrue(built.page("/engagement/survey/").select("main dl dd").eachText().contains("1,042 people took part"));
        assertFalse(built.page("/engagement/survey/").text().contains("not taken place yet"));
    }

    @Test
    void theListingIsNewestFirstAndFiltersByTopicAreaRungAndGroupWithoutJavaScript() {
        TextSite.Built built = build(SITE).succeeded();
        Document list = built.page("/engagement/");
        assertEquals(List.of("Village drop-ins", "Travellers' survey", "Young carers focus group"),
                list.select(".nhsuk-card__heading a").eachText());
        assertEquals(List.of("Coming up (1)", "What we have done (2)"), list.select("main h2[id]").eachText());
        assertEquals(List.of("Topic", "Area", "How much say people had", "Groups reached"),
                list.select("nav.portal-filters h2").eachText());
        assertEquals(List.of("/engagement/groups/carers/", "/engagement/groups/young-carers/", "/engagement/groups/gypsy-roma-traveller/"),
                list.select("nav.portal-filters ul").get(3).select("a").eachAttr("href"), "in the order of groups.yml, only groups reached");
        assertEquals(List.of("/engagement/rungs/inform/", "/engagement/rungs/consult/", "/engagement/rungs/involve/"),
                list.select("nav.portal-filters ul").get(2).select("a").eachAttr("href"), "up the ladder");
        Document young = built.page("/engagement/groups/young-carers/");
        assertEquals("Engagement that reached Young carers", young.selectFirst("h1").text());
        assertEquals(List.of("Young carers focus group"), young.select(".nhsuk-card__heading a").eachText());
        assertEquals("page", young.selectFirst("nav.portal-filters a[href=/engagement/groups/young-carers/]").attr("aria-current"));
        assertEquals(List.of("Travellers' survey"), built.page("/engagement/rungs/consult/").select(".nhsuk-card__heading a").eachText());
        assertEquals(List.of("Travellers' survey"), built.page("/engagement/areas/kingsmere/").select(".nhsuk-card__heading a").eachText());
        assertEquals(List.of("Young carers focus group"), built.page("/engagement/topics/dentistry/").select(".nhsuk-card__heading a").eachText());
        assertFalse(built.has("/engagement/groups/learning-disability/index.html"), "no empty filters");
        assertTrue(built.file("/engagement/feed.xml").text().contains("<title>Young carers focus group</title>"));
        assertTrue(built.page("/").select(".nhsuk-header__navigation-link").eachText().stream().noneMatch(t -> t.contains("Engagement")),
                "the header is for what people can take part in");
    }

    @Test
    void itsPagesAreValidHtml() {
        TextSite.Built built = build(SITE).succeeded();
        HtmlValidator validator = new HtmlValidator();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/engagement/", "/engagement/young-carers/", "/engagement/next-year/", "/engagement/groups/carers/")) {
            validator.errors(built.out().resolve(path.substring(1)).resolve("index.html")).forEach(e -> problems.add(path + " " + e));
        }
        assertEquals(List.of(), problems);
    }

    private static String record(String fields) {
        return "-- content/engagement/stall.md --\n---\ntitle: Stall\nsummary: A stall.\n" + fields + "---\n";
    }

    @Test
    void anUnknownGroupIsAnErrorAtItsIdWithTheNearestId() {
        build(record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\nreached: [carers, young carer]\n"))
                .failedWith("content/engagement/stall.md:8:19: error: 'young carer' is not a group in content/_data/groups.yml. "
                        + "Did you mean 'young-carers'?");
    }

    @Test
    void aRecordNeedsItsDayItsActivityRungAndStageFromTheirLists() {
        build(record("activity: stal\nengagement: consult\n")).failedWith(
                "content/engagement/stall.md:2:1: error: an engagement record needs the day it took place",
                "content/engagement/stall.md:4:11: error: 'activity' must be one of drop-in, survey, stall, focus-group, online-session, "
                        + "workshop, public-meeting, outreach, interviews, panel, but it is \"stal\". Did you mean 'stall'?",
                "needs 'stage' (one of assess, plan, design, procure, monitor)");
    }

    @Test
    void dateAndStartsTogetherAreReportedAtStarts() {
        build(record("date: 2026-05-20\nstarts: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\n"))
                .failedWith("content/engagement/stall.md:5:9: error: an engagement record has either 'date' (one day) or 'starts' and 'ends'");
    }

    @Test
    void endsBeforeStartsIsAnError() {
        build(record("starts: 2026-05-20\nends: 2026-05-02\nactivity: survey\nengagement: consult\nstage: assess\n"))
                .failedWith("content/engagement/stall.md:5:7: error: the engagement ends (2026-05-02) before it starts (2026-05-20).");
    }

    @Test
    void whatPeopleSaidCannotBePublishedBeforeItHappens() {
        build(record("date: 2027-01-18\nactivity: stall\nengagement: inform\nstage: assess\nheard: People said hello.\n"))
                .failedWith("content/engagement/stall.md:8:1: error: this engagement has not happened yet (it starts on 2027-01-18), "
                        + "so its 'heard' cannot be published.");
    }

    @Test
    void howManyTookPartCannotBePublishedBeforeItHappensAndStartsWithoutEndsIsQuestioned() {
        // "50 people took part" above "This has not taken place yet"; and a survey with no 'ends' made one day in silence.
        build(record("date: 2027-01-18\nactivity: stall\nengagement: inform\nstage: assess\npeople: 50\n"))
                .failedWith("content/engagement/stall.md:8:1: error: this engagement has not happened yet (it starts on 2027-01-18), "
                        + "so its 'people' cannot be published.");
        build(record("starts: 2026-10-01\nactivity: survey\nengagement: consult\nstage: assess\n"))
                .warned("content/engagement/stall.md:4:9: warning: 'starts' is given without 'ends', so the engagement is shown as "
                        + "taking place on 2026-10-01 alone.");
    }

    @Test
    void aConsultationThatIsADraftIsNamedAsOne() {
        // It was "the consultation 'drafty' does not exist", of a file the writer could see.
        build(SITE.replace("closes: 2026-08-31\n", "closes: 2026-08-31\ndraft: true\n")
                + record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\nconsultation: dental-access\n"))
                .failedWith("content/engagement/stall.md:8:15: error: the consultation 'dental-access' is a draft "
                        + "(content/consultations/dental-access.md has draft: true), so it is not published, and this page cannot "
                        + "name it yet.");
    }

    @Test
    void aConsultationOrEventThatDoesNotExistIsReportedWithTheNearest() {
        build(SITE + record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\nconsultation: dental-acess\n"
                + "event: /events/saltcote-drop-in/\n"))
                .failedWith("content/engagement/stall.md:8:15", "dental-access");
        build(SITE + record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\nconsultation: /events/saltcote-drop-in/\n"))
                .failedWith("content/engagement/stall.md:8:15");
    }

    private static final String EASY_READ = """
            -- content/consultations/dental-access.easy-read.md --
            ---
            title: Dental access – easy read
            summary: Where should dentists be? In easy read.
            opens: 2026-06-01T09:00
            closes: 2026-08-31
            ---
            Text.
            """;

    /** Found in review: a record could name a consultation's easy-read version, which then did not link back. */
    @Test
    void aRecordNamingAVersionOfAConsultationIsAnErrorNamingTheOriginal() {
        build(SITE + EASY_READ + record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\n"
                + "consultation: dental-access/easy-read\n"))
                .failedWith("content/engagement/stall.md:8:15: error: the consultation 'dental-access/easy-read' is the easy-read "
                        + "version of Dental access, not the consultation itself.", "Fix: Name the original page: dental-access.");
        build(SITE + EASY_READ + record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\n"
                + "consultation: /consultations/dental-access/easy-read/\n"))
                .failedWith("content/engagement/stall.md:8:15: error: the consultation '/consultations/dental-access/easy-read/' is "
                        + "the easy-read version", "Fix: Name the original page: /consultations/dental-access/.");
    }

    /** Found in review: the nearest name suggested for a mistake could be an easy-read version. */
    @Test
    void theNearestConsultationSuggestedIsNeverAVersion() {
        TextSite.Built built = build(SITE + EASY_READ + record("date: 2026-05-20\nactivity: stall\nengagement: inform\n"
                + "stage: assess\nconsultation: dental-access/easy-red\n"))
                .failedWith("content/engagement/stall.md:8:15: error: the consultation 'dental-access/easy-red' does not exist.");
        assertFalse(built.printed().contains("Did you mean 'dental-access/easy-read'"), built.printed());
    }

    /**
     * Found in review: a "we did" dated after today was on the record's page but not on the yearly page or in the open
     * data. Like a consultation's outcome, it is published on its date, which status-changes.json gives.
     */
    @Test
    void whatWeDidDatedLaterIsPublishedOnItsDateEverywhere() {
        String block = record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\n"
                + "heard: People want later opening.\ndid:\n  date: 2027-03-01\n  body: We open until 8pm.\n");
        TextSite.Built before = build(block).succeeded();
        Document page = before.page("/engagement/stall/");
        assertTrue(page.select("#we-did").isEmpty(), "not on the record's page before its date");
        assertFalse(page.text().contains("We open until 8pm"), page.text());
        assertFalse(before.page("/you-said-we-did/2026-27/").text().contains("We open until 8pm"));
        assertFalse(before.file("/open-data/engagement.json").text().contains("We open until 8pm"));
        assertTrue(before.file("/status-changes.json").text().contains("engagement-did-published"),
                before.file("/status-changes.json").text());
        TextSite.Built after = TextSite.write(dir.resolve("site-after"), block).build(dir.resolve("out-after"), "2027-03-01T09:00")
                .succeeded();
        assertEquals("We open until 8pm.", after.page("/engagement/stall/").selectFirst("#we-did ~ div").text());
        assertTrue(after.page("/you-said-we-did/2026-27/").text().contains("We open until 8pm"));
        assertTrue(after.file("/open-data/engagement.json").text().contains("We open until 8pm"));
    }

    /**
     * Found in review: a "## Themes" in 'heard' was an h2 inside the h3 of its item on the yearly page, and 'heard' and
     * 'did' each gave an element the id "themes".
     */
    @Test
    void headingsInWhatWasSaidAndDoneSitUnderTheirOwnHeadingWithIdsOfTheirOwn() {
        String block = record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\n"
                + "heard: |\n  ## Themes\n\n  Later opening.\n\n  ### Open data\n\n  More.\n"
                + "did:\n  date: 2026-09-01\n  body: |\n    ## Themes\n\n    We open until 8pm.\n")
                + "-- content/engagement/other.md --\n---\ntitle: Other\nsummary: Another.\ndate: 2026-06-20\nactivity: stall\n"
                + "engagement: inform\nstage: assess\nheard: |\n  ## Themes\n\n  Buses.\n---\n";
        TextSite.Built built = build(block).succeeded();
        Document record = built.page("/engagement/stall/");
        assertEquals(List.of("h3 you-said-themes", "h4 you-said-open-data"),
                record.select("#you-said + div :is(h1,h2,h3,h4,h5,h6)").stream().map(h -> h.normalName() + " " + h.id()).toList());
        assertEquals(List.of("h3 we-did-themes"),
                record.select("#we-did ~ div :is(h1,h2,h3,h4,h5,h6)").stream().limit(1).map(h -> h.normalName() + " " + h.id()).toList());
        Document year = built.page("/you-said-we-did/2026-27/");
        List<String> headings = year.select(".portal-report__item .portal-prose :is(h1,h2,h3,h4,h5,h6)").stream()
                .map(h -> h.normalName() + " " + h.id()).toList();
        assertEquals(List.of("h5 engagement-stall-said-themes", "h6 engagement-stall-said-open-data", "h5 engagement-stall-did-themes",
                "h5 engagement-other-said-themes"), headings);
        for (Document page : List.of(record, year, built.page("/engagement/other/"))) {
            List<String> ids = page.select("[id]").eachAttr("id");
            assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "no id twice: " + ids);
        }
    }

    @Test
    void aCountOfNoPeopleIsAnError() {
        build(record("date: 2026-05-20\nactivity: stall\nengagement: inform\nstage: assess\npeople: 0\n"))
                .failedWith("content/engagement/stall.md:8:9: error: 'people' must be a whole number from 1");
    }
}
