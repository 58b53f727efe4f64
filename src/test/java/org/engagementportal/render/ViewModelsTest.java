package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the templates show that the view models decide (wording, plurals, which parts apply), built end to
 * end from one small site per scenario.
 */
class ViewModelsTest {
    @TempDir
    Path dir;

    private static final String HOME = """
            -- content/index.md --
            ---
            title: Testshire engagement
            summary: Have your say on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            """;

    private TextSite.Built build(String block, String now) {
        return TextSite.write(dir.resolve("site"), HOME + block).build(dir.resolve("out"), now).succeeded();
    }

    @Test
    void aPromiseToReplyInOneWorkingDayIsInTheSingular() {
        TextSite.Built site = build("""
                -- content/accessible-information.md --
                ---
                type: statement
                title: Accessible Information Statement
                summary: How to ask for information in a format that works for you.
                formats: [easy-read, large-print]
                contact:
                  email: accessible@testshire.example
                response_days: 1
                ---
                We follow the Accessible Information Standard.
                """, "2026-03-01T09:00");
        site.file("/accessible-information/index.html").contains("We will reply within 1 working day.")
                .doesNotContain("1 working days");
        site.file("/about/index.html").contains("<p>We will reply within 1 working day.</p>");
    }

    @Test
    void withoutAStatementTheRequestBlockPromisesNoReplyTime() {
        build("", "2026-03-01T09:00").file("/about/index.html").contains("Get this page in another format")
                .doesNotContain("We will reply within");
    }

    private static final String CONSULTATION = """
            -- content/consultations/dental-access.md --
            ---
            title: Improving access to NHS dentistry
            summary: Tell us where and when you need an NHS dentist.
            opens: 2026-02-02T09:00
            closes: 2026-05-01T17:00
            formal: true
            respond:
              online: https://forms.testshire.example/dental
              email: dental@testshire.example
            ---
            Too many people cannot find an NHS dentist.
            """;

    @Test
    void anOpenConsultationCountsItsDaysLeftInWords() {
        build(CONSULTATION, "2026-04-29T09:00").file("/consultations/dental-access/index.html")
                .contains("<br><strong>2 days left</strong>");
        build(CONSULTATION, "2026-04-30T09:00").file("/consultations/dental-access/index.html")
                .contains("<br><strong>1 day left</strong>");
        build(CONSULTATION, "2026-05-01T09:00").file("/consultations/dental-access/index.html")
                .contains("<br><strong>Closes today</strong>");
    }

    @Test
    void beforeItOpensAConsultationSaysWhenToRespondAndOffersNoFormYet() {
        build(CONSULTATION, "2026-01-15T09:00").file("/consultations/dental-access/index.html")
                .contains("<span class=\"nhsuk-caption-l\">Formal public consultation</span>",
                        "How to have your say", "<p>You can respond from", "dental@testshire.example")
                .doesNotContain("Respond online", "https://forms.testshire.example/dental", "What we asked");
        build(CONSULTATION, "2026-03-01T09:00").file("/consultations/dental-access/index.html")
                .contains("Respond online", "https://forms.testshire.example/dental")
                .doesNotContain("You can respond from");
    }

    @Test
    void onceClosedAConsultationSpeaksOfItsGroupsInThePastAndShowsWhatItAsked() {
        String block = CONSULTATION.replace("formal: true", "formal: false\ngroups: [parents]");
        build(block, "2026-03-01T09:00").file("/consultations/dental-access/index.html")
                .contains("<span class=\"nhsuk-caption-l\">Engagement</span>", "<p>We especially want to hear from:</p>")
                .doesNotContain("We are analysing your feedback");
        build(block, "2026-05-10T09:00").file("/consultations/dental-access/index.html")
                .contains("<p>We especially wanted to hear from:</p>", "We are analysing your feedback",
                        "<h2 id=\"the-consultation\">What we asked</h2>")
                .doesNotContain("How to have your say", "Our response is delayed");
    }

    private static final String MEETING = """
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            venue:
              name: Eastbrook Civic Centre
            online: https://engage.testshire.example/live
            agenda:
              - number: "1"
                title: Welcome and apologies
              - number: "2"
                title: Contract negotiations
                part: 2
              - number: "3"
                title: Finance report
            ---
            The Governing Body meets in public.
            """;

    @Test
    void aMeetingListsItsPrivatePartAfterThePublicOneAndSaysWhatIsPrivate() {
        String html = build(MEETING, "2026-03-01T09:00").file("/governing-body/2026-03-12/index.html")
                .contains("Yes. Items in part 2 are discussed in private.").text();
        List<String> items = Jsoup.parse(html).select("ol.portal-agenda > li").eachText();
        assertEquals(List.of("1. Welcome and apologies", "3. Finance report", "2. Contract negotiations Part 2: in private."),
                items);
    }

    @Test
    void aMeetingWithoutAPrivatePartIsOpenToThePublicThroughoutAndOneHeldInPrivateSaysSo() {
        String whole = MEETING.replace("    part: 2\n", "");
        build(whole, "2026-03-01T09:00").file("/governing-body/2026-03-12/index.html")
                .contains("Yes, the whole meeting.").doesNotContain("in private");
        build(MEETING.replace("online: https", "public: false\nonline: https"), "2026-03-01T09:00")
                .file("/governing-body/2026-03-12/index.html").contains("No, this meeting is held in private.");
    }

    @Test
    void theLinkToJoinAMeetingOnlineGoesOnceTheMeetingHasStarted() {
        build(MEETING, "2026-03-01T09:00").file("/governing-body/2026-03-12/index.html")
                .contains("<a class=\"portal-print-address\" href=\"https://engage.testshire.example/live\">Join the meeting online</a>");
        build(MEETING, "2026-03-13T09:00").file("/governing-body/2026-03-12/index.html")
                .doesNotContain("Join the meeting online");
    }

    private static final String EVENT = """
            -- content/events/eastbrook-drop-in.md --
            ---
            title: Dental drop-in, Eastbrook
            summary: Come and talk to us about NHS dentistry.
            starts: 2026-03-10T10:00
            venue:
              name: Eastbrook Library
            booking: https://forms.testshire.example/drop-in
            ---
            Drop in at any time.
            """;

    @Test
    void anEventOffersBookingUntilItStartsAndThenSaysItHasTakenPlace() {
        build(EVENT, "2026-03-01T09:00").file("/events/eastbrook-drop-in/index.html")
                .contains("<a class=\"portal-print-address\" href=\"https://forms.testshire.example/drop-in\">Book a place at Dental drop-in, Eastbrook</a>")
                .doesNotContain("This event has taken place.");
        build(EVENT, "2026-03-11T09:00").file("/events/eastbrook-drop-in/index.html")
                .contains("This event has taken place.").doesNotContain("Book a place");
    }

    private static final String STATEMENT = """
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            summary: How accessible this website is and how to report a problem.
            ---
            This website is run by NHS Testshire Integrated Care Board.
            -- content/accessibility.cy.md --
            ---
            title: Datganiad hygyrchedd
            summary: Pa mor hygyrch yw'r wefan hon.
            ---
            Mae'r wefan hon yn cael ei rhedeg gan Fwrdd Gofal Integredig GIG Testshire.
            -- .a11y-audit.json --
            {"date": "2026-02-20", "pages": 24, "tool": "axe-core 4.14.1 in Chromium",
             "rules": [{"code": "region", "help": "All page content should be contained by landmarks", "pages": 1}]}
            """;

    /**
     * Only the accessibility statement and its versions have the sections the portal writes. Found in review: the Welsh
     * version had none of them (compliance, what is not accessible, testing, enforcement), so a Welsh reader was given
     * a statement without what the regulations require; they are given in the site's language, as the page's frame is.
     */
    @Test
    void onlyTheAccessibilityStatementAndItsVersionsHaveTheSectionsThePortalWrites() {
        TextSite.Built site = build(STATEMENT, "2026-03-01T09:00");
        site.file("/accessibility/index.html").contains("<div class=\"portal-statement\">",
                "<h2 id=\"compliance-status\">Compliance status</h2>",
                "All page content should be contained by landmarks (region), on 1 page.</li>");
        site.file("/accessibility/cy/index.html").contains("<div class=\"portal-statement\">",
                "<h2 id=\"compliance-status\">Compliance status</h2>", "<h2 id=\"enforcement-procedure\">",
                "All page content should be contained by landmarks (region), on 1 page.</li>");
        site.file("/about/index.html").doesNotContain("portal-statement", "compliance-status");
    }

    @Test
    void filtersAreNamedForWhatTheListingListsAndAFilteredListingLinksBackToAll() {
        TextSite.Built site = build(CONSULTATION.replace("formal: true", "formal: true\ntopics: [dentistry]"), "2026-03-01T09:00");
        site.file("/consultations/index.html").contains("<nav class=\"portal-filters\" aria-label=\"Filter consultations\">")
                .doesNotContain("Show all consultations");
        site.file("/consultations/topics/dentistry/index.html")
                .contains("<nav class=\"portal-filters\" aria-label=\"Filter consultations\">",
                        "<p><a href=\"/consultations/\">Show all consultations</a></p>");
    }

    @Test
    void theHomePageShowsTheGroupsThatHaveSomethingInThemAndAlwaysWhetherAConsultationIsOpen() {
        build(CONSULTATION, "2026-03-01T09:00").file("/index.html").contains("<h2 id=\"open\">Have your say now</h2>");
        build(CONSULTATION, "2026-06-01T09:00").file("/index.html")
                .contains("<h2 id=\"open\">Have your say now</h2>", "<p>There are no open consultations at the moment.</p>")
                .doesNotContain("id=\"meetings\"", "id=\"events\"", "id=\"news\"");
    }

    @Test
    void theBackLinkGoesOneLevelUpAndTheHomePageHasNone() {
        TextSite.Built site = build(CONSULTATION, "2026-03-01T09:00");
        site.file("/consultations/dental-access/index.html").contains("<a class=\"nhsuk-back-link\" href=\"/consultations/\">"
                + "<span class=\"nhsuk-u-visually-hidden\">Back to </span>Consultations</a>");
        site.file("/index.html").doesNotContain("nhsuk-back-link");
    }

    @Test
    void anOldAddressLinksToWhereThePageMovedByItsTitle() {
        build(CONSULTATION.replace("formal: true", "formal: true\naliases: [/have-your-say/dentists/]"), "2026-03-01T09:00")
                .file("/have-your-say/dentists/index.html")
                .contains("<p>It is now at <a href=\"/consultations/dental-access/\">Improving access to NHS dentistry</a>.</p>");
    }

    @Test
    void onlyATranslationMarksTheLanguageOfItsParts() {
        TextSite.Built site = build("""
                -- content/about.cy.md --
                ---
                title: Amdanom ni
                summary: Pwy ydym ni.
                ---
                Rydym yn cynllunio gwasanaethau iechyd.
                """, "2026-03-01T09:00");
        site.file("/about/cy/index.html").contains("<h1 lang=\"cy\" dir=\"ltr\">Amdanom ni</h1>",
                "id=\"maincontent\" lang=\"en-GB\" dir=\"ltr\">");
        site.file("/about/index.html").contains("<h1>About us</h1>", "id=\"maincontent\">");
    }
}
