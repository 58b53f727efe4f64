package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The About page in English, easy read, Urdu (right to left), Polish and French, and the links between them. */
class TranslationViewsTest {
    static final String NOW = "2026-03-01T09:00";

    static final String SITE = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            updated: 2026-02-10
            ---
            We plan health services.
            -- content/about.ur.md --
            ---
            title: ہمارے بارے میں
            summary: ہم کون ہیں۔
            updated: 2026-02-10
            ---
            ہم صحت کی خدمات کی منصوبہ بندی کرتے ہیں۔
            -- content/about.pl.md --
            ---
            title: O nas
            summary: Kim jesteśmy.
            updated: 2026-02-10
            ---
            Planujemy usługi zdrowotne.
            -- content/about.fr.md --
            ---
            title: À propos de nous
            summary: Qui nous sommes.
            updated: 2026-02-10
            ---
            Nous planifions les services de santé.
            -- content/about.easy-read.md --
            ---
            title: About us - easy read
            summary: Who we are.
            updated: 2026-02-10
            ---
            We plan health services.
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() {
        built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
    }

    /** Each "read this in" link: its text, address and language attributes. */
    static List<String> versions(Document doc) {
        return doc.select(".portal-versions a").stream()
                .map(a -> a.text() + " " + a.attr("href") + " " + a.attr("hreflang") + " " + a.attr("lang") + " " + a.attr("dir"))
                .map(String::strip).toList();
    }

    /** A page "Getting help" and a translation of it in each language of {@code codes}, as a site's files. */
    private static String helpIn(String... codes) {
        StringBuilder site = new StringBuilder("""
                -- content/help.md --
                ---
                title: Getting help
                summary: How to get help.
                ---
                Call us.
                """);
        for (String code : codes) {
            site.append("-- content/help.").append(code).append(".md --\n---\ntitle: Help ").append(code)
                    .append("\nsummary: How to get help.\n---\nCall us.\n");
        }
        return site.toString();
    }

    @Test
    void anUrduPageIsRightToLeftWhileTheSitesOwnWordsStayEnglish() {
        Document ur = built.page("/about/ur/");
        assertEquals("ur", ur.selectFirst("html").attr("lang"));
        assertEquals("rtl", ur.selectFirst("html").attr("dir"));
        for (String part : List.of("header.nhsuk-header", "nav.nhsuk-breadcrumb", "main", "footer", "p.portal-print-size")) {
            Element e = ur.selectFirst(part);
            assertEquals("en-GB ltr", e.attr("lang") + " " + e.attr("dir"), part);
        }
        for (String part : List.of("h1", "p.nhsuk-lede-text", "div.portal-prose")) {
            Element e = ur.selectFirst("main " + part);
            assertEquals("ur rtl", e.attr("lang") + " " + e.attr("dir"), part);
        }
        assertEquals("ہمارے بارے میں", ur.selectFirst("h1").text());
        Document pl = built.page("/about/pl/");
        assertEquals("pl ltr", pl.selectFirst("html").attr("lang") + " " + pl.selectFirst("html").attr("dir"));
    }

    @Test
    void eachVersionOffersEveryOtherEachNamedInItsOwnLanguage() {
        assertEquals(List.of("Read this in easy read /about/easy-read/", "français /about/fr/ fr fr ltr",
                "Przeczytaj to po polsku /about/pl/ pl pl ltr", "یہ اردو میں پڑھیں /about/ur/ ur ur rtl"),
                versions(built.page("/about/")));
        assertEquals(List.of("Read this in English /about/ en-GB en-GB ltr", "Read this in easy read /about/easy-read/",
                "français /about/fr/ fr fr ltr", "Przeczytaj to po polsku /about/pl/ pl pl ltr"), versions(built.page("/about/ur/")),
                "the original first, then easy read, then the other languages; not the page itself");
    }

    @Test
    void fromTheEasyReadVersionTheOriginalIsTheFullVersionInTheSameLanguage() {
        List<String> easy = versions(built.page("/about/easy-read/"));
        assertEquals("Read the full version /about/", easy.get(0));
        assertEquals(4, easy.size());
    }

    static final String BASE = "https://engage.testshire.example";

    /** The head's rel=alternate links with a language: each as its hreflang and address. */
    static List<String> hreflangs(Document doc) {
        return doc.select("head link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
    }

    @Test
    void theHeadGivesSearchEnginesEveryLanguageByItsCodeAndAbsoluteAddress() {
        List<String> set = List.of("en-GB " + BASE + "/about/", "fr " + BASE + "/about/fr/", "pl " + BASE + "/about/pl/",
                "ur " + BASE + "/about/ur/", "x-default " + BASE + "/about/");
        // Each member of the set names every member, itself included, so the links are returned both ways.
        for (String version : List.of("/about/", "/about/fr/", "/about/pl/", "/about/ur/")) {
            assertEquals(set, hreflangs(built.page(version)), version);
        }
        Document about = built.page("/about/");
        assertEquals(BASE + "/about/easy-read/", about.selectFirst("head link[rel=alternate]:not([hreflang])").attr("href"),
                "easy read is in the page's own language");
        assertEquals("Read this in easy read", about.selectFirst("head link[rel=alternate]:not([hreflang])").attr("title"));
        assertEquals("https://engage.testshire.example/about/ur/", built.page("/about/ur/").selectFirst("link[rel=canonical]").attr("href"),
                "each version is its own canonical address");
    }

    @Test
    void theEasyReadVersionIsOutsideTheSetOfLanguages() {
        // Its language is the original's: with an hreflang it would claim a place in the set that no member returns.
        Document easy = built.page("/about/easy-read/");
        assertEquals(List.of(), hreflangs(easy));
        assertEquals(List.of(BASE + "/about/", BASE + "/about/fr/", BASE + "/about/pl/", BASE + "/about/ur/"),
                easy.select("head link[rel=alternate]:not([type])").eachAttr("href"));
    }

    @Test
    void aPageWithOnlyAnEasyReadVersionHasNoLanguages() {
        TextSite.Built alone = TextSite.write(dir.resolve("alone"), """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                -- content/about.easy-read.md --
                ---
                title: About us - easy read
                summary: Who we are.
                ---
                We plan health services.
                """).build(dir.resolve("alone-out"), NOW).succeeded();
        assertEquals(List.of(), hreflangs(alone.page("/about/")));
        assertEquals(List.of(BASE + "/about/easy-read/"), alone.page("/about/").select("head link[rel=alternate]:not([type])").eachAttr("href"));
    }

    @Test
    void aVersionsBreadcrumbsLeadToItsOriginalAndItsRequestQuotesItsOwnTitle() {
        Document fr = built.page("/about/fr/");
        assertEquals(List.of("/", "/about/"), fr.select("nav.nhsuk-breadcrumb ol a").eachAttr("href"));
        String mailto = URLDecoder.decode(fr.selectFirst(".portal-request a[href^=mailto:]").attr("href"), StandardCharsets.UTF_8);
        assertTrue(mailto.contains("Please send me \"À propos de nous\", published 10 February 2026"), mailto);
        assertEquals("À propos de nous - NHS Testshire Integrated Care Board", fr.title());
    }

    /**
     * A version's direction follows its script: Sorani Kurdish (ckb, a code of three letters), Dhivehi and Punjabi in
     * Arabic script are right to left; Kurmanji Kurdish (ku), in Latin letters, is not. Each was laid out the wrong
     * way, or its file name refused, before.
     */
    @Test
    void aVersionIsLaidOutInTheDirectionOfItsScript() {
        String site = helpIn("ckb", "dv", "pa-Arab", "ku", "fil");
        TextSite.Built built = TextSite.write(dir.resolve("scripts"), site).build(dir.resolve("scripts-out"), NOW).succeeded();
        for (String[] expected : new String[][] {{"ckb", "rtl"}, {"dv", "rtl"}, {"pa-Arab", "rtl"}, {"ku", "ltr"}, {"fil", "ltr"}}) {
            Document page = built.page("/help/" + expected[0] + "/");
            assertEquals(expected[0] + " " + expected[1], page.selectFirst("html").attr("lang") + " " + page.selectFirst("html").attr("dir"));
        }
    }

    /**
     * The glossary explains abbreviations in the site's language, on pages in that language: a translation's "GP" is not
     * given an English explanation (read in a Polish voice), and a translation may explain it itself.
     */
    @Test
    void theGlossaryExplainsOnlyPagesInTheSitesLanguage() {
        TextSite.Built built = TextSite.write(dir.resolve("glossary"), """
                -- content/_data/glossary.yml --
                - term: GP
                  meaning: general practitioner, a family doctor at your local surgery
                -- content/help.md --
                ---
                title: Getting help
                summary: How to get help.
                ---
                Ask your GP.
                -- content/help.pl.md --
                ---
                title: Jak uzyskać pomoc
                summary: Jak uzyskać pomoc.
                ---
                Zapytaj swojego GP.

                -- content/help.cy.md --
                ---
                title: Cael help
                summary: Sut i gael help.
                ---
                Gofynnwch i'ch GP.

                *[GP]: meddyg teulu
                """).build(dir.resolve("glossary-out"), NOW).succeeded();
        assertEquals("general practitioner, a family doctor at your local surgery", built.page("/help/").selectFirst("main abbr").attr("title"));
        assertEquals(null, built.page("/help/pl/").selectFirst("main abbr"), "no English explanation on the Polish page");
        assertEquals("meddyg teulu", built.page("/help/cy/").selectFirst("main abbr").attr("title"), "the translation's own");
    }

    /**
     * Kurdish in Arabic letters (Sorani) named .ku.md (Kurmanji, in Latin letters) is laid out left to right, its lines in
     * the wrong order: the build warns and names the code to use. Only the letters shown count, not a long link's address.
     */
    @Test
    void aTranslationInRightToLeftLettersUnderALeftToRightLanguageIsWarnedAbout() {
        TextSite.Built built = TextSite.write(dir.resolve("sorani"), """
                -- content/help.md --
                ---
                title: Getting help
                summary: How to get help.
                ---
                Call us.
                -- content/help.ku.md --
                ---
                title: یارمەتی وەرگرتن
                summary: چۆن یارمەتی وەربگریت.
                ---
                پەیوەندیمان پێوە بکە. [پەیوەندی](https://www.testshire-integrated-care-board.example/contact-us/interpreters-and-translation-services/)
                """).build(dir.resolve("sorani-out"), NOW).succeeded();
        assertTrue(built.printed().contains("content/help.ku.md: warning: most of this translation's letters are written right to left, "
                + "but its language, ku, is laid out left to right"), built.printed());
        assertTrue(built.printed().contains("Sorani Kurdish, in Arabic letters, is .ckb.md"), built.printed());
    }
    /**
     * Translations in one language are told apart by their script or country ("português" and "português (Brasil)";
     * Chinese in simplified and traditional characters, even alone, since its readers read one of them); before, both were
     * "Leia isto em português", and both Chinese "中文". Two for the same readers (the same language and script, one
     * without a country) are warned about, at the second in order of address, with what readers see; two scripts or two
     * countries are two readerships, and are not.
     */
    @Test
    void translationsInOneLanguageAreToldApartAndTheSameLanguageTwiceIsWarnedAbout() {
        String site = helpIn("pt", "pt-BR", "pt-PT", "zh-Hans", "zh-Hant", "cy", "cy-GB", "pl");
        TextSite.Built built = TextSite.write(dir.resolve("twice"), site).build(dir.resolve("twice-out"), NOW).succeeded();
        List<String> labels = built.page("/help/").select(".portal-versions a").eachText();
        assertTrue(labels.containsAll(List.of("português", "português (Brasil)", "português (Portugal)", "中文 (简体)", "中文 (繁體)", "Cymraeg",
                "Cymraeg (Y Deyrnas Unedig)", "Przeczytaj to po polsku")), labels.toString());
        assertEquals(labels.size(), new java.util.HashSet<>(labels).size(), "no two links read the same: " + labels);
        assertEquals(java.util.Set.of("português", "português (Brasil)", "português (Portugal)"), built.page("/help/zh-Hans/").select(".portal-versions a")
                .eachText().stream().filter(t -> t.startsWith("portugu")).collect(java.util.stream.Collectors.toSet()),
                "the same names from every version");
        String printed = built.printed();
        assertTrue(printed.contains("content/help.pt.md: warning: this translation and content/help.pt-BR.md are both in "
                + "Portuguese for the same readers, who are offered it twice: \"português (Brasil)\" and \"português\"."), printed);
        assertTrue(printed.contains("content/help.cy.md: warning: this translation and content/help.cy-GB.md are both in Welsh"),
                printed);
        for (String code : new String[] {"zh-Hans", "zh-Hant", "pt-PT", "pt-BR"}) {
            assertTrue(!printed.contains("help." + code + ".md: warning"), "two scripts or two countries are two readerships: " + printed);
        }
    }

    /** A "translation" into the site's own language offered "Read this in English" on the English page, with no message. */
    @Test
    void aTranslationIntoTheSitesOwnLanguageIsAnErrorAndAnotherCountrysFormIsNot() {
        String site = helpIn("en", "en-GB", "en-US");
        TextSite.Built built = TextSite.write(dir.resolve("own"), site).build(dir.resolve("own-out"), NOW).failedWith(
                "content/help.en.md: error: this translation is in English (en), the language of the site (en-GB) and so of its "
                        + "page, content/help.md.",
                "content/help.en-GB.md: error: this translation is in English (en-GB)");
        assertTrue(!built.printed().contains("help.en-US.md: error"), "American English is another readership: " + built.printed());
    }

    /** Found in review: Java names Egyptian Arabic only in English, and the link to its version read "arz". */
    @Test
    void aLanguageJavaNamesOnlyInEnglishIsOfferedByThatName() {
        assertEquals("Egyptian Arabic", PageViews.readThisIn("arz"));
        // Its words are English, and marked so (WCAG 3.1.2), where they were marked Egyptian Arabic, right to left.
        TextSite.Built built = TextSite.write(dir.resolve("arz"), helpIn("arz", "ar")).build(dir.resolve("arz-out"), NOW).succeeded();
        var links = built.page("/help/").select(".portal-versions a");
        var egyptian = links.select("[hreflang=arz]").first();
        assertEquals("Egyptian Arabic", egyptian.text());
        assertEquals("en", egyptian.attr("lang"));
        assertEquals("ltr", egyptian.attr("dir"));
        var arabic = links.select("[hreflang=ar]").first();
        assertEquals("ar", arabic.attr("lang"), arabic.outerHtml());
        assertEquals("rtl", arabic.attr("dir"));
        assertEquals("Przeczytaj to po polsku", PageViews.readThisIn("pl"), "a language with a phrase of its own keeps it");
        assertEquals("मराठी", PageViews.readThisIn("mr"), "one Java names in itself is named so");
    }
}
