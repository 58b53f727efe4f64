package org.engagementportal.plain;

import org.engagementportal.types.ContentTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each plain-English and easy-read rule with a passing and a failing fixture, at its file and line. */
class PlainEnglishTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));
    static final String GLOSSARY = """
            - term: ICB
              meaning: Integrated Care Board
            - term: QIPP
              meaning: an NHS savings programme
              instead: making services better while spending less
            - term: CCG
              meaning: clinical commissioning group
              instead: Integrated Care Board
            - term: stakeholders
              meaning: people and organisations with an interest in a decision
              instead: people and organisations affected
            - term: service user
              meaning: a person who uses a health or care service
              instead: patient
            """;

    @TempDir
    Path site;

    private List<Problem> check(String file, String body) {
        Problems problems = new Problems();
        TestSite.write(site, Map.of("content/_data/glossary.yml", GLOSSARY,
                "content/about.md", "---\ntitle: About\nsummary: About us.\n---\nWe plan services.\n",
                file, "---\ntitle: A page\nsummary: A page.\n---\n" + body));
        SiteData data = new DataLoader(site, problems).load();
        var docs = new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load().documents();
        PlainEnglish.check(docs, data, problems);
        return problems.sorted();
    }

    private static final String EASY = "content/about.easy-read.md";

    @Test
    void shortEasyReadSentencesPass() {
        assertEquals(List.of(), check(EASY, "We plan health services.\n\nWe want to hear from you.\n"));
    }

    @Test
    void anEasyReadSentenceOver15WordsWarnsAndOver20IsAnError() {
        List<Problem> all = check(EASY, """
                One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.

                One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone.
                """);
        assertEquals(2, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("content/about.easy-read.md:5:1", all.get(0).position().toString());
        assertTrue(all.get(0).message().contains("16 words"));
        assertEquals(Severity.ERROR, all.get(1).severity());
        assertEquals(7, all.get(1).position().line());
        assertTrue(all.get(1).message().contains("21 words"));
    }

    /**
     * The summary, "you said" and "we did" are read first on an easy-read record's page (its lede, "What you told us",
     * "What we did"); a summary of 30 words of jargon passed with no message, while the same sentence in the text stopped
     * the build.
     */
    @Test
    void anEasyReadPagesSummaryAndWhatPeopleSaidAndWhatWeDidAreCheckedAsItsTextIs() {
        Problems problems = new Problems();
        String record = "date: 2026-02-10\nactivity: focus-group\nengagement: involve\nstage: design\n";
        TestSite.write(site, Map.of("content/_data/glossary.yml", GLOSSARY,
                "content/engagement/carers.md", "---\ntitle: Carers group\nsummary: Carers told us what helps.\n" + record
                        + "---\nWe met carers.\n",
                "content/engagement/carers.easy-read.md", "---\ntitle: Carers group - easy read\nsummary: The QIPP team met "
                        + "carers.\n" + record + """
                        heard: |
                          You told us a lot.
                          You said one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen.
                        did:
                          date: 2026-03-01
                          body: |
                            We asked the CQC to visit.
                        ---
                        We met carers.
                        """));
        SiteData data = new DataLoader(site, problems).load();
        var docs = new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load().documents();
        PlainEnglish.check(docs, data, problems);
        List<Problem> all = problems.sorted();
        assertEquals(3, all.size(), all.toString());
        assertEquals("content/engagement/carers.easy-read.md:3:1", all.get(0).position().toString());
        assertEquals(Severity.ERROR, all.get(0).severity());
        assertTrue(all.get(0).message().startsWith("'QIPP' is jargon"), all.get(0).message());
        assertEquals("content/engagement/carers.easy-read.md:10:1", all.get(1).position().toString());
        assertEquals(Severity.ERROR, all.get(1).severity());
        assertTrue(all.get(1).message().contains("21 words"), all.get(1).message());
        assertEquals("content/engagement/carers.easy-read.md:14:1", all.get(2).position().toString());
        assertTrue(all.get(2).message().startsWith("'CQC' is an abbreviation"), all.get(2).message());
    }

    @Test
    void anUnexplainedAbbreviationInEasyReadIsAnError() {
        Problem p = check(EASY, "The ICB works with the CQC.\n").get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().startsWith("'CQC' is an abbreviation"), p.message());
        assertEquals(1, check(EASY, "The ICB works with the CQC.\n").size(), "ICB is in the glossary");
        assertEquals(List.of(), check(EASY, "The ICB works with the CQC.\n\n*[CQC]: Care Quality Commission\n"));
    }

    /**
     * An abbreviation explained in brackets beside it, as comms staff write it, stopped the build: only a {@code *[PALS]:}
     * line or the glossary counted.
     */
    @Test
    void anEasyReadAbbreviationExplainedInBracketsBesideItPasses() {
        assertEquals(List.of(), check(EASY, "Talk to PALS (the Patient Advice and Liaison Service).\n\nPALS can help you.\n"));
        assertEquals(List.of(), check(EASY, "Talk to the Patient Advice and Liaison Service (PALS).\n\nPALS can help you.\n"));
        Problem p = check(EASY, "Talk to PALS.\n\nPALS (the Patient Advice and Liaison Service) can help you.\n").get(0);
        assertEquals("content/about.easy-read.md:5:9", p.position().toString(), "explained after its first use");
        assertTrue(p.message().startsWith("'PALS' is an abbreviation"), p.message());
    }

    /** A postcode, FREEPOST and words in capitals for emphasis stopped the build as unexplained abbreviations. */
    @Test
    void postcodesFreepostAndWordsInCapitalsAreNotAbbreviations() {
        assertEquals(List.of(), check(EASY, "Write to FREEPOST, Northshire, NS1 4QT.\n\nOr write to us at NS10 1AB.\n"));
        List<Problem> all = check(EASY, "Please DO NOT come to the surgery.\n\nThe CQC checks us.\n");
        assertEquals(2, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("content/about.easy-read.md:5:8", all.get(0).position().toString());
        assertEquals("'DO NOT' is in capitals: words in capitals are harder to read.", all.get(0).message());
        assertEquals("Write them in small letters, in bold if they matter: **do not**.", all.get(0).fix());
        assertEquals(Severity.ERROR, all.get(1).severity());
        assertTrue(all.get(1).message().startsWith("'CQC' is an abbreviation"), all.get(1).message());
        // An abbreviation beside one the reader is told about is still an abbreviation.
        assertTrue(check(EASY, "Ask the ICB PALS team.\n").get(0).message().startsWith("'PALS' is an abbreviation"));
        // Found in review: Royal Mail's licence code or name after FREEPOST is part of the address.
        assertEquals(List.of(), check(EASY, "Write to FREEPOST RTKX-ZBCE-JHTL, Northshire.\n\nOr to FREEPOST NORTHSHIRE ICB.\n"));
        // One ordinary word in capitals is emphasis, warned about; two abbreviations side by side are two abbreviations.
        List<Problem> one = check(EASY, "Please do NOT come if you feel ill.\n");
        assertEquals(List.of("WARNING content/about.easy-read.md:5:11 'NOT' is in capitals: words in capitals are harder to read."),
                one.stream().map(p -> p.severity() + " " + p.position() + " " + p.message()).toList());
        List<Problem> two = check(EASY, "The CQC PPG met.\n");
        assertEquals(List.of("'CQC' is an abbreviation", "'PPG' is an abbreviation"),
                two.stream().map(p -> p.message().substring(0, p.message().indexOf(" that"))).toList());
    }

    /**
     * Found in review: an abbreviation explained in brackets beside it is the writer's own meaning ("PPIs (medicines for
     * heartburn)" are not the glossary's patient and public involvement): not jargon, on an easy-read page or elsewhere.
     */
    @Test
    void anAbbreviationExplainedBesideItIsNotTheGlossarysJargon() {
        assertEquals(List.of(), check(EASY, "The CCGs (groups that planned care) closed.\n"));
        assertTrue(check(EASY, "The CCGs closed.\n").get(0).message().startsWith("'CCG' is jargon"));
    }

    /**
     * Found in review: a page of brackets opened and never closed after abbreviations ("ZZ (a ZZ (a ...") read the rest of
     * the sentence again at each one: 13 KB of it took 39 seconds to check here (0.3 s now), 12 KB three and a half minutes
     * on a busier machine. The guard only stops such a hang; it times nothing finer.
     */
    @Test
    @org.junit.jupiter.api.Timeout(10)
    void bracketsNeverClosedAreReadOnce() {
        String line = "ZZ (a ".repeat(15) + "\n";
        List<Problem> all = check(EASY, "We " + line.repeat(140));
        assertTrue(all.stream().anyMatch(p -> p.message().startsWith("'ZZ' is an abbreviation")), all.toString());
    }

    /** Found in review: two sentences on a line with the same jargon are each told, at their own word. */
    @Test
    void twoSentencesOnALineAreEachPlacedAtTheirOwnWords() {
        List<Problem> all = check("content/plan.md", "Our stakeholders met. Stakeholders said yes. A QIPP plan.\n").stream()
                .filter(x -> x.position().file().equals("content/plan.md")).toList();
        assertEquals(List.of("content/plan.md:5:5", "content/plan.md:5:23", "content/plan.md:5:48"),
                all.stream().map(p -> p.position().toString()).toList());
    }

    @Test
    void jargonIsAnErrorInEasyReadAndAWarningElsewhere() {
        Problem easy = check(EASY, "Our QIPP plan saves money.\n").get(0);
        assertEquals(Severity.ERROR, easy.severity());
        assertTrue(easy.fix().contains("making services better while spending less"), easy.fix());
        Problem page = check("content/plan.md", "Our QIPP plan saves money.\n").stream()
                .filter(x -> x.position().file().equals("content/plan.md")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, page.severity());
        assertEquals("content/plan.md:5:5", page.position().toString());
    }

    /** The glossary's "service user" missed "Service users", "CCG" missed "CCGs", and "stakeholders" missed "stakeholder". */
    @Test
    void jargonIsFoundInItsPluralAndSingular() {
        for (String[] said : List.of(new String[] {"Service users told us this.", "service user"},
                new String[] {"The old CCGs did this.", "CCG"}, new String[] {"Every stakeholder matters.", "stakeholders"},
                new String[] {"We asked the service users and stakeholders.", "service user"})) {
            List<Problem> all = check(EASY, said[0] + "\n");
            assertEquals(1, all.stream().filter(p -> p.message().startsWith("'" + said[1] + "' is jargon")).count(), all.toString());
        }
        assertEquals(List.of(), check(EASY, "We service the van. The stake holds the tent.\n"), "other words are not the term");
    }

    /**
     * Jargon was reported only at its first use in a file, and these messages all gave column 1, so a comms officer could
     * not tell which word, or on a long line which sentence, was meant.
     */
    @Test
    void jargonIsReportedAtEachUseAtItsWordsColumn() {
        List<Problem> all = check("content/plan.md", "Our QIPP plan.\n\nWe like it.\n\nThe plan, the\n**QIPP** one, saves money.\n")
                .stream().filter(x -> x.position().file().equals("content/plan.md")).toList();
        assertEquals(List.of("content/plan.md:5:5", "content/plan.md:10:3"), all.stream().map(p -> p.position().toString()).toList());
        Problem abbreviation = check(EASY, "The ICB works with the CQC.\n").get(0);
        assertEquals("content/about.easy-read.md:5:24", abbreviation.position().toString());
    }

    /**
     * A page with the same jargon in sentence after sentence is told of the first ten, the tenth saying how many more there
     * are, not a message for each: and its places are found once, not by reading the page again for every message (a
     * page of 40,000 such sentences took 14 seconds, growing with the square of its length; now under one).
     */
    @Test
    void jargonOnEveryLineIsToldTenTimesWithHowManyMore() {
        String text = "We met QIPP people.\n\n".repeat(40_000);
        List<Problem> all = check("content/plan.md", text).stream().filter(x -> x.position().file().equals("content/plan.md")).toList();
        assertEquals(PlainEnglish.JARGON_TOLD, all.size(), all.toString());
        assertEquals("content/plan.md:5:8", all.get(0).position().toString());
        assertEquals("content/plan.md:23:8", all.get(9).position().toString());
        assertTrue(all.get(9).message().endsWith("). It is used in 39990 more sentences below."), all.get(9).message());
        assertTrue(all.get(8).message().endsWith(")."), all.get(8).message());
    }

    /**
     * The name of one of the site's own things is not jargon: "Stakeholder bulletin" names a series (portal new's summary
     * of a new bulletin in it says so, and was warned about once jargon was found in the singular), where "stakeholders"
     * in a sentence of its own is still jargon.
     */
    @Test
    void theNameOfASeriesIsNotJargonButTheWordOnItsOwnIs() {
        List<Problem> all = check("content/plan.md", "The Stakeholder bulletin comes out monthly.\n\nOur stakeholders matter. "
                + "A stakeholder in the Stakeholder bulletin.\n").stream().filter(x -> x.position().file().equals("content/plan.md")).toList();
        assertEquals(List.of("content/plan.md:7:5", "content/plan.md:7:28"), all.stream().map(p -> p.position().toString()).toList());
        assertTrue(all.stream().allMatch(p -> p.message().startsWith("'stakeholders' is jargon")), all.toString());
    }

    @Test
    void aLongEasyReadSentenceIsReportedWhereItStartsWithItsFirstWords() {
        Problem p = check(EASY, "Hello there. One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen.\n").get(0);
        assertEquals("content/about.easy-read.md:5:14", p.position().toString());
        assertTrue(p.message().startsWith("this easy-read sentence, \"One two three four five six seven eight nine...\", has 16 "
                + "words"), p.message());
    }

    @Test
    void aBuildFindsJargonWhereverTheTextIsFormattedAndOnlyInWhatIsRead() {
        Problems problems = new Problems();
        TestSite.write(site, Map.of("content/_data/glossary.yml", GLOSSARY,
                "content/plan.md", "---\ntitle: Plan\nsummary: Plan.\n---\nOur _QIPP_ plan saves money.\n",
                "content/code.md", "---\ntitle: Code\nsummary: Code.\n---\nSet `qipp: false` in the file.\n",
                "content/plain.md", "---\ntitle: Plain\nsummary: Plain.\n---\nWe plan services.\n"));
        SiteData data = new DataLoader(site, problems).load();
        var docs = new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load().documents();
        PlainEnglish.check(docs, data, problems, false);
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals("content/plan.md:5:6", all.get(0).position().toString());
        assertTrue(all.get(0).message().startsWith("'QIPP' is jargon"), all.get(0).message());
    }

    @Test
    void aPictureWithoutADescriptionIsAnError() {
        TestSite.writeBytes(site.resolve("content/pictures/talk.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        assertEquals(List.of(), check(EASY, "![A speech bubble](/pictures/talk.svg) Talk to us.\n"));
        Problem p = check(EASY, "Hello.\n\n![](/pictures/talk.svg) Talk to us.\n").get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(7, p.position().line());
        assertTrue(p.message().contains("no description"));
        // Spaces only (a no-break space pasted between the brackets, a zero-width or wide one) are no description either.
        for (String blank : List.of(" ", "\u00a0", "\u2003\u200b", "\u3000")) {
            List<Problem> found = check(EASY, "Hello.\n\n![" + blank + "](/pictures/talk.svg) Talk to us.\n");
            assertEquals(1, found.size(), found.toString());
            assertEquals(p.message(), found.get(0).message(), "the same words as for nothing between the brackets");
        }
    }

    @Test
    void anEasyReadVersionTooLongToPrintWarns() {
        String para = "We want to hear what you think about this plan for services.\n\n";
        assertTrue(check(EASY, para.repeat(100)).isEmpty(), "about 20 pages");
        Problem p = check(EASY, para.repeat(140)).get(0);
        assertTrue(p.message().contains("would print on about 28 pages"), p.message());
    }

    @Test
    void aHardPageWarnsWithItsReadingAge() {
        String hard = "The integrated commissioning organisation will reconfigure community services collaboratively. ";
        String easy = "We want to hear from you about your local services. ";
        assertEquals(List.of(), check("content/plan.md", easy.repeat(20)));
        Problem p = check("content/plan.md", hard.repeat(20)).get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("SMOG grade is 18.2"), p.message());
        assertTrue(p.message().contains("limit of 14"), p.message());
    }

    @Test
    void theLimitIsASiteSetting() {
        TestSite.write(site, Map.of("content/_data/site.yml", TestSite.SITE_YML + "plain_english:\n  smog_warn_above: 20\n"));
        String hard = "The integrated commissioning organisation will reconfigure community services collaboratively. ";
        Problems problems = new Problems();
        TestSite.write(site, Map.of("content/_data/site.yml", TestSite.SITE_YML + "plain_english:\n  smog_warn_above: 20\n",
                "content/plan.md", "---\ntitle: Plan\nsummary: Plan.\n---\n" + hard.repeat(20)));
        SiteData data = new DataLoader(site, problems).load();
        PlainEnglish.check(new ContentLoader(site, data, NOW, problems, ContentTypes.ALL).load().documents(), data, problems);
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void translationsAreNotScoredAsEnglish() {
        assertEquals(List.of(), check("content/about.pl.md", "Integracja zintegrowanych usług zdrowotnych jest skomplikowana. ".repeat(30)));
    }
}
