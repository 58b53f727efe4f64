package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.render.Views;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the portal writes around content, on the example portal: titles of filtered lists that keep a topic's
 * capitals ("Consultations about gp and primary care" was the page's title and heading), lists by how much say
 * people had that read as sentences ("Engagement where people were asked to inform"), and links that say where they
 * go ("its page", three times on one page, each to another page).
 */
class ListingWordsTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Portal.buildExample(out);
    }

    static Document page(String path) {
        return Jsoup.parse(TestSite.read(out.resolve(path.substring(1)).resolve("index.html")));
    }

    @Test
    void aTopicKeepsItsCapitalsInTheTitlesOfItsLists() {
        assertEquals("Consultations about GP and primary care", page("/consultations/topics/primary-care/").selectFirst("h1").text());
        assertEquals("Consultations about mental health", page("/consultations/topics/mental-health/").selectFirst("h1").text());
        assertEquals("GP and primary care", Views.inSentence("GP and primary care"));
        assertEquals("NHS dentistry", Views.inSentence("NHS dentistry"));
        assertEquals("children and young people", Views.inSentence("Children and young people"));
        assertEquals("A", Views.inSentence("A"));
    }

    @Test
    void eachLevelOfSayReadsAsASentence() {
        assertEquals("Engagement where people were told about a change", page("/engagement/rungs/inform/").selectFirst("h1").text());
        assertEquals("Engagement where people were asked for their views", page("/engagement/rungs/consult/").selectFirst("h1").text());
    }

    @Test
    void aLinkToWhereWhatWeDidWillBeNamesThePage() {
        Document year = page("/you-said-we-did/2026-27/");
        List<String> texts = year.select("p:contains(We have not yet published what we did) a").eachText();
        assertTrue(texts.size() >= 2, year.text());
        assertTrue(texts.contains("Children's community therapy services"), texts.toString());
        assertEquals(texts.size(), year.select("p:contains(We have not yet published what we did) a").eachAttr("href").stream()
                .distinct().count(), "one link to each page");
        assertTrue(year.select("a").stream().noneMatch(a -> a.text().equals("its page")), "no link reads only 'its page'");
    }
}
