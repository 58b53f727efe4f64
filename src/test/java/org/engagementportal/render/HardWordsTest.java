package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An easy-read page's "Hard words": every hard word its reader sees on it, with what it means. */
class HardWordsTest {
    static final String GLOSSARY = """
            -- content/_data/glossary.yml --
            - term: ICB
              meaning: Integrated Care Board
            - term: Governing Body
              meaning: the group of people who make the big decisions
            - term: consultation
              meaning: when we ask people what they think
            """;
    static final String ORIGINAL = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan services.
            """;

    @TempDir
    Path dir;

    private Document easyRead(String body) {
        String block = GLOSSARY + ORIGINAL + "-- content/about.easy-read.md --\n---\ntitle: About us - easy read\n"
                + "summary: Who we are.\n---\n" + body;
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), "2026-03-01T09:00").succeeded()
                .page("/about/easy-read/");
    }

    private static List<String> hardWords(Document page) {
        return page.select(".portal-hard-words dt").eachText();
    }

    /**
     * A meaning given by a {@code *[PALS]:} line was only an {@code <abbr title>}, a tooltip that phone and most
     * screen-reader users never get: on an easy-read page it is listed under "Hard words" with the glossary's.
     */
    @Test
    void anAbbreviationThePageExplainsIsAHardWord() {
        Document page = easyRead("The ICB has a PALS team.\n\n*[PALS]: Patient Advice and Liaison Service\n");
        assertEquals(List.of("ICB", "PALS"), hardWords(page));
        assertEquals(List.of("Integrated Care Board", "Patient Advice and Liaison Service"),
                page.select(".portal-hard-words dd").eachText());
    }

    /** A glossary word in its plural or singular, "consultations" for "consultation", was not listed. */
    @Test
    void aGlossaryWordInItsPluralIsAHardWord() {
        assertEquals(List.of("consultation"), hardWords(easyRead("We held two consultations.\n")));
    }

    /**
     * A hidden comment and a picture's file name added glossary words the reader never sees: "Hard words" listed
     * "Governing Body" and "consultation" for a page that says neither.
     */
    @Test
    void onlyWordsTheReaderSeesAreHardWords() {
        String svg = "-- content/pictures/consultation.svg --\n<svg xmlns='http://www.w3.org/2000/svg'/>\n";
        String block = GLOSSARY + ORIGINAL + svg + "-- content/about.easy-read.md --\n---\ntitle: About us - easy read\n"
                + "summary: Who we are.\n---\n<!-- check with the Governing Body secretary -->\n\n"
                + "![A speech bubble](/pictures/consultation.svg) The ICB wants to hear from you.\n";
        Document page = TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), "2026-03-01T09:00").succeeded()
                .page("/about/easy-read/");
        assertEquals(List.of("ICB"), hardWords(page));
    }
}
