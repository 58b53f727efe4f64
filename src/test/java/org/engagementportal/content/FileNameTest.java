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

    @Test
    void anythingElseIsGivenANameOfItsOwn() {
        assertEquals("Rename it to help-old.md, or use the right ending for an easy-read or translated version.",
                problemWith("help.old.md").fix());
    }
}
