package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version of a page (easy read, a translation) has settings of its own, copied from its page when it was started.
 * When the page's times change (a consultation extended, a drop-in moved), a version left as it was would tell its
 * readers otherwise: that the consultation has closed while English readers may still respond. So each time of a
 * version that differs from its page's is an error at the version's line, all of them in one run.
 */
class VersionTimesTest {
    @TempDir
    Path dir;

    @Test
    void aVersionWhoseTimesAreNotItsPagesStopsTheBuildAtEachOfThem() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path page = site.resolve("content/consultations/dental-access.md");
        Files.writeString(page, TestSite.read(page).replace("closes: 2026-05-01T17:00", "closes: 2026-06-01T17:00"));
        Path easy = site.resolve("content/consultations/dental-access.easy-read.md");
        String easyText = TestSite.read(easy);
        Path polish = site.resolve("content/consultations/dental-access.pl.md");
        Files.writeString(polish, easyText.replace("Finding an NHS dentist - easy read", "Dostęp do dentysty NHS")
                .replace("opens: 2026-02-02T09:00", "opens: 2026-02-03T09:00"));
        Path event = site.resolve("content/events/eastbrook-drop-in.md");
        Path eventEasy = site.resolve("content/events/eastbrook-drop-in.easy-read.md");
        String eventText = TestSite.read(event);
        Files.writeString(eventEasy, eventText.replace("Dental drop-in, Eastbrook", "Dental drop-in (easy read)")
                .replace("about NHS dentistry", "about dentists")
                .replace("ends: 2026-03-10T13:00\n", ""));
        Path out = dir.resolve("out");

        Portal.Run refused = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-05-10T09:00");
        assertEquals(1, refused.exit(), refused.all());
        String all = refused.all();
        assertTrue(all.contains("content/consultations/dental-access.easy-read.md:5:9: error: this easy-read version says the "
                + "consultation closes at 5pm on Friday 1 May 2026, but content/consultations/dental-access.md says it closes at 5pm "
                + "on Monday 1 June 2026."), all);
        // The line to type on a line of its own, with nothing after it (found in review: "2026-06-01T17:00." is no time).
        assertTrue(all.contains("Fix: Give it the page's time, as the page's file has it:\n         closes: 2026-06-01T17:00\n"), all);
        assertTrue(all.contains("content/consultations/dental-access.pl.md:4:8: error: this translation says the consultation "
                + "opens at 9am on Tuesday 3 February 2026"), all);
        assertTrue(all.contains("content/consultations/dental-access.pl.md:5:9: error: this translation says the consultation "
                + "closes at 5pm on Friday 1 May 2026"), all);
        assertTrue(all.contains("content/events/eastbrook-drop-in.easy-read.md:1:1: error: this easy-read version gives no 'ends' "
                + "time, but content/events/eastbrook-drop-in.md says it ends at 1pm on Tuesday 10 March 2026."), all);
        assertTrue(all.contains("Fix: Give it the page's time, as the page's file has it:\n         ends: 2026-03-10T13:00\n"), all);
        assertFalse(Files.exists(out), "nothing published");

        Files.writeString(easy, easyText.replace("closes: 2026-05-01T17:00", "closes: 2026-06-01T17:00"));
        Files.writeString(polish, TestSite.read(polish).replace("opens: 2026-02-03T09:00", "opens: 2026-02-02T09:00")
                .replace("closes: 2026-05-01T17:00", "closes: 2026-06-01T17:00"));
        Files.writeString(eventEasy, eventText.replace("Dental drop-in, Eastbrook", "Dental drop-in (easy read)")
                .replace("about NHS dentistry", "about dentists"));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-05-10T09:00");
        assertEquals(0, run.exit(), run.all());
        for (String path : new String[] {"consultations/dental-access", "consultations/dental-access/easy-read", "consultations/dental-access/pl"}) {
            String text = Jsoup.parse(TestSite.read(out.resolve(path).resolve("index.html"))).text();
            assertTrue(text.contains("Open"), path + ": " + text);
            assertFalse(text.contains("Closed"), path + ": " + text);
        }
    }

    /**
     * A meeting's link to join and its deadline for questions are the same in every language: a Welsh version left with
     * the old link sent its readers to a meeting no one was at, with no message. A consultation's ways to respond may
     * differ (an easy-read survey, a form in Polish), so they are not compared.
     */
    @Test
    void aMeetingsVersionWithAnotherLinkToJoinOrQuestionDeadlineStopsTheBuild() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path meeting = site.resolve("content/governing-body/2026-03-12.md");
        String text = TestSite.read(meeting).replace("questions_by: 2026-03-09T17:00\n",
                "questions_by: 2026-03-09T17:00\nonline: https://engage.testshire.example/live/new\n");
        Files.writeString(meeting, text);
        Files.writeString(site.resolve("content/governing-body/2026-03-12.cy.md"), text
                .replace("title: Governing Body meeting, March 2026", "title: Cyfarfod y Corff Llywodraethu, Mawrth 2026")
                .replace("/live/new", "/live/old").replace("questions_by: 2026-03-09T17:00", "questions_by: 2026-03-06T17:00"));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/governing-body/2026-03-12.cy.md:10:9: error: this translation gives the link to join "
                + "online as https://engage.testshire.example/live/old, but content/governing-body/2026-03-12.md gives "
                + "https://engage.testshire.example/live/new."), run.all());
        assertTrue(run.all().contains("Fix: Write it as the page's file has it:\n         online: https://engage.testshire.example/live/new\n"),
                run.all());
        assertTrue(run.all().contains("content/governing-body/2026-03-12.cy.md:9:15: error: this translation gives the deadline for "
                + "questions as 2026-03-06T17:00, but content/governing-body/2026-03-12.md gives 2026-03-09T17:00."), run.all());
    }

    /**
     * A meeting or event moved to another place, or a meeting's agenda changed, on its page and not in its versions: their
     * readers went to the old place, or read of items no longer discussed, with no message (the out-of-date check compares
     * 'updated' dates, which most files do not give). A version naming an area its page does not is told so too. Warnings,
     * by the postcode (the place's name may be translated) and by the items' numbers and papers (their titles too).
     */
    @Test
    void aVersionWithAnotherPlaceAgendaOrAreaIsWarnedAbout() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path meeting = site.resolve("content/governing-body/2026-03-12.md");
        String text = TestSite.read(meeting);
        Files.writeString(site.resolve("content/governing-body/2026-03-12.ur.md"), text
                .replace("title: Governing Body meeting, March 2026", "title: گورننگ باڈی کا اجلاس")
                .replace("  - title: Contract negotiations\n    part: 2\n", ""));
        Files.writeString(meeting, text.replace("Eastbrook Civic Centre", "Saltcote Hall").replace("1 High Street, Eastbrook, NS1 4QT",
                "4 Quay Road, Saltcote, NS7 2DD"));
        Path event = site.resolve("content/events/eastbrook-drop-in.md");
        String eventText = TestSite.read(event);
        Files.writeString(site.resolve("content/events/eastbrook-drop-in.pl.md"), eventText.replace("Dental drop-in, Eastbrook",
                "Spotkanie w Eastbrook").replace("Eastbrook Library", "Biblioteka Eastbrook"));
        Files.writeString(event, eventText.replace("NS1 5AB", "NS1 6CD"));
        Path consultation = site.resolve("content/consultations/dental-access.md");
        Files.writeString(site.resolve("content/consultations/dental-access.cy.md"), TestSite.read(consultation)
                .replace("areas: [eastbrook]", "areas: [eastbrook, kingsmere]"));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        String all = run.all();
        assertTrue(all.contains("content/governing-body/2026-03-12.ur.md:7:3: warning: this translation gives the place of the meeting "
                + "as Eastbrook Civic Centre, NS1 4QT, but content/governing-body/2026-03-12.md gives Saltcote Hall, NS7 2DD."), all);
        assertTrue(all.contains("content/governing-body/2026-03-12.ur.md:11:3: warning: this translation has the items 1, 2, but "
                + "content/governing-body/2026-03-12.md has 1, 2, 3."), all);
        assertTrue(all.contains("content/events/eastbrook-drop-in.pl.md:8:3: warning: this translation gives the place of the event as "
                + "Biblioteka Eastbrook, NS1 5AB, but content/events/eastbrook-drop-in.md gives Eastbrook Library, NS1 6CD."), all);
        assertTrue(all.contains("content/consultations/dental-access.cy.md:5:8: warning: this translation gives the areas eastbrook, "
                + "kingsmere, but content/consultations/dental-access.md gives eastbrook."), all);
        assertTrue(all.contains("Fix: Give it the page's:\n         areas: [eastbrook]\n"), all);
    }

    /**
     * A version last checked before its page was changed tells its readers so, with a link to the page: the build warned
     * its writers, and the page said nothing to the readers, who went on reading what may no longer be true.
     */
    @Test
    void aVersionCheckedBeforeItsPageChangedTellsItsReaders() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path page = site.resolve("content/consultations/dental-access.md");
        String text = TestSite.read(page);
        Files.writeString(site.resolve("content/consultations/dental-access.pl.md"), text.replace("title: ", "updated: 2026-02-01\ntitle: ")
                .replaceFirst("title: .*", "title: Dostęp do dentysty NHS"));
        Path easy = site.resolve("content/consultations/dental-access.easy-read.md");
        Files.writeString(easy, TestSite.read(easy).replace("title: ", "updated: 2026-02-20\ntitle: "));
        Files.writeString(page, text.replace("title: ", "updated: 2026-02-10\ntitle: "));
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        org.jsoup.nodes.Document polish = Jsoup.parse(TestSite.read(out.resolve("consultations/dental-access/pl/index.html")));
        org.jsoup.nodes.Element behind = polish.selectFirst(".portal-behind p");
        assertTrue(behind != null, polish.html());
        assertEquals("The English page was changed on 10 February 2026, after this translation was last checked, so it may not "
                + "have the changes. Read this in English.", behind.text());
        assertEquals("/consultations/dental-access/", behind.selectFirst("a").attr("href"));
        assertTrue(behind.closest("[lang]").attr("lang").startsWith("en"), "in the site's language, as it is written");
        // Checked since: nothing said; nor on the page itself.
        assertTrue(Jsoup.parse(TestSite.read(out.resolve("consultations/dental-access/easy-read/index.html"))).select(".portal-behind")
                .isEmpty());
        assertTrue(Jsoup.parse(TestSite.read(out.resolve("consultations/dental-access/index.html"))).select(".portal-behind").isEmpty());
    }

    /**
     * What a translation left as its page has it (an agenda item's title, who presents it, a venue's name, as portal new
     * translation copies them) is marked as the site's language, and what it translated as its own: the Urdu page marked
     * every English agenda title as Urdu, which screen readers read in an Urdu voice (WCAG 3.1.2).
     */
    @Test
    void wordsATranslationLeftAsItsPageHasThemAreMarkedInTheSitesLanguage() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        String text = TestSite.read(site.resolve("content/governing-body/2026-03-12.md"));
        Files.writeString(site.resolve("content/governing-body/2026-03-12.ur.md"), text
                .replace("title: Governing Body meeting, March 2026", "title: گورننگ باڈی کا اجلاس")
                .replace("title: Welcome and apologies", "title: خوش آمدید"));
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        org.jsoup.nodes.Document urdu = Jsoup.parse(TestSite.read(out.resolve("governing-body/2026-03-12/ur/index.html")));
        var items = urdu.select("main li h3");
        assertEquals("ur", items.get(0).selectFirst("span").attr("lang"), "translated: " + items.get(0));
        assertEquals("Dental access consultation", items.get(1).text().replaceFirst("^2\\. ", ""));
        assertTrue(items.get(1).select("[lang]").isEmpty() && items.get(1).closest("[lang]").attr("lang").startsWith("en"),
                "left as the page has it: in the site's language, " + items.get(1));
        var presenter = urdu.select("main li p.nhsuk-body-s").get(1);
        assertTrue(presenter.select("[lang=ur]").isEmpty(), presenter.outerHtml());
        var venue = urdu.selectFirst("dd:contains(Eastbrook Civic Centre)");
        assertTrue(venue != null && venue.select("[lang=ur]").isEmpty(), String.valueOf(venue));
    }
}
