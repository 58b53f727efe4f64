package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/** A version's file name that is not one gets a fix that makes it the version meant, not a page of its own. */
class FileNameTest {
    private static Problem problemWith(String name) {
        Problems problems = new Problems();
        Optional<FileName> read = FileName.parse("content/" + name, name, problems);
        assertTrue(read.isEmpty(), name);
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void aLanguageWrittenAsItsNameIsGivenItsCode() {
        assertEquals("Rename it to help.ur.md: a translation's file name ends in its language's code (ur for Urdu).",
                problemWith("help.urdu.md").fix(), "not help-urdu.md, a page of its own with Urdu in it");
        assertEquals("Rename it to help.cy.md: a translation's file name ends in its language's code (cy for Welsh).",
                problemWith("help.Cymraeg.md").fix(), "by its own name too");
    }

    @Test
    void aLanguageOfTwoLettersIsNamedByThem() {
        assertEquals("Rename it to help.ur.md: Urdu has the code of two letters ur, which is used where there is one.",
                problemWith("help.urd.md").fix(), "urd would be laid out left to right, and a second Urdu beside ur");
        assertTrue(problemWith("help.und.md").message().contains("nor a language code"));
    }

    @Test
    void aLanguageCodeInCapitalsIsGivenInSmallLetters() {
        assertEquals("Rename it to help.pl.md: a language's code is written in small letters (a region in capitals, as in pt-BR).",
                problemWith("help.PL.md").fix());
        assertTrue(problemWith("help.PT-BR.md").fix().startsWith("Rename it to help.pt-BR.md:"));
    }

    @Test
    void anEasyReadVersionOfATranslationIsNamedForWhatItIs() {
        Problem p = problemWith("help.pl.easy-read.md");
        assertEquals("'help.pl.easy-read.md' would be an easy-read version of a translation, which a site does not have: easy "
                + "read is written in the site's own language.", p.message());
        assertEquals("Rename it to help.easy-read.md for the page's easy-read version, or to help.pl.md for its translation.", p.fix());
    }

    @Test
    void aTranslationOfAnEasyReadVersionIsNamedForWhatItIsToo() {
        // It was told to become contact-us-easy-read.cy.md, which then had no page to belong to.
        Problem p = problemWith("contact-us.easy-read.cy.md");
        assertEquals("'contact-us.easy-read.cy.md' would be a translation of an easy-read version, which a site does not have: easy "
                + "read is written in the site's own language.", p.message());
        assertEquals("Rename it to contact-us.cy.md for the page's translation (in plain words, if you like), or to "
                + "contact-us.easy-read.md for its easy-read version.", p.fix());
    }

    /**
     * A country's code for its language's, a region that is no country's code, or a withdrawn code: told the code meant. These
     * were told to rename the translation into a page of its own, published apart and marked as English ('.ua'), or were
     * taken as they were and published as lang and hreflang that search engines and screen readers do not know ('cy-UK').
     */
    @Test
    void aCodeThatIsNotALanguagesIsGivenTheCodeMeant() {
        assertEquals("Rename it to help.uk.md: 'ua' is the code of a country (Ukraine), not of a language: Ukrainian's is 'uk'.",
                problemWith("help.ua.md").fix());
        assertEquals("Rename it to help.cs.md: 'cz' is the code of a country (Czechia), not of a language: Czech's is 'cs'.",
                problemWith("help.cz.md").fix());
        assertEquals("Rename it to help.cy-GB.md: 'UK' is not the code of a country (the United Kingdom's is GB).",
                problemWith("help.cy-UK.md").fix());
        assertEquals("Rename it to help.ur-PK.md: 'PAK' is a country's code of three letters, where a language code takes its code "
                + "of two (PK).", problemWith("help.ur-PAK.md").fix());
        assertEquals("Rename it to help.pl.md: 'polish' is neither a country's code (such as GB or PK) nor a script's (such as "
                + "Arab).", problemWith("help.pl-polish.md").fix());
        assertEquals("Rename it to help.he.md: 'iw' is the old code for Hebrew, which is now 'he'.", problemWith("help.iw.md").fix());
        assertEquals("Rename it to help.id.md: 'in' is the old code for Indonesian, which is now 'id'.", problemWith("help.in.md").fix());
        // Two letters that are no one's code: not made a page of its own.
        assertTrue(problemWith("help.xq.md").fix().startsWith("If it is a translation, end its name in its language's code, such as "
                + "help.cy.md (Welsh)"), problemWith("help.xq.md").fix());
        // What is still a code: a script, a country, a region of three digits.
        for (String code : List.of("pa-Arab", "ur-PK", "pt-br", "es-419", "zh-Hant")) {
            assertTrue(FileName.isLanguage(code), code);
        }
    }

    @Test
    void anythingElseIsGivenANameOfItsOwn() {
        assertEquals("Rename it to help-old.md, or use the right ending for an easy-read or translated version.",
                problemWith("help.old.md").fix());
    }
}
