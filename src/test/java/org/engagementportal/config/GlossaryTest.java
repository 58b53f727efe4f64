package org.engagementportal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The glossary's terms: abbreviations found by their capitals, other words in any case, always as whole words. */
class GlossaryTest {
    private static Glossary.Entry entry(String term) {
        return new Glossary.Entry(term, "meaning of " + term, Optional.empty());
    }

    private static boolean finds(String term, String text) {
        return entry(term).word().matcher(text).find();
    }

    @Test
    void anAbbreviationIsFoundOnlyInCapitals() {
        assertTrue(finds("ICB", "The ICB met today."));
        assertFalse(finds("ICB", "the icb met today"), "lower case is another word, not the abbreviation");
    }

    @Test
    void anAbbreviationIsFoundOnlyAsAWholeWord() {
        assertTrue(finds("ICB", "Three ICBs met."), "its plural is the same abbreviation");
        assertFalse(finds("ICB", "The ICBT met."), "not inside another abbreviation");
        assertFalse(finds("GP", "GPS tracking"));
        assertTrue(finds("GP", "Ask your GP, or a pharmacist."));
    }

    @Test
    void anOrdinaryWordIsFoundInAnyCase() {
        assertTrue(finds("commissioning", "Commissioning means planning and buying."));
        assertTrue(finds("commissioning", "NHS COMMISSIONING"));
        assertFalse(finds("commissioning", "recommissioning"), "not inside another word");
    }

    /** A term's singular is found only where a plural's "s" is cut off: not from "focus", "analysis" or a term of one letter. */
    @Test
    void onlyAPluralsSingularIsFound() {
        assertTrue(finds("stakeholders", "Every stakeholder matters."));
        assertFalse(finds("focus", "A focu group."), "focus is not the plural of focu");
        assertFalse(finds("analysis", "One analysi."), "nor analysis");
        assertFalse(finds("s", "Any sentence at all."), "a term of one letter is that letter");
    }

    @Test
    void marksInATermAreMatchedAsWritten() {
        assertTrue(finds("A&E", "Go to A&E if it is an emergency."));
        assertFalse(finds("A&E", "AXE"), "& is not a pattern, it is the character");
        assertTrue(finds("Section 2.1", "See Section 2.1 below."));
        assertFalse(finds("Section 2.1", "See Section 291 below."), "the dot is a dot");
    }

    @Test
    void abbreviationsAreTwoOrMoreCapitalsDigitsOrAmpersands() {
        assertTrue(entry("ICB").isAbbreviation());
        assertTrue(entry("A&E").isAbbreviation());
        assertTrue(entry("NHS111").isAbbreviation());
        assertFalse(entry("A").isAbbreviation(), "a single letter is a word");
        assertFalse(entry("Gp").isAbbreviation());
        assertFalse(entry("commissioning").isAbbreviation());
    }

    @Test
    void jargonIsATermWithPlainWordsToUseInstead() {
        assertTrue(new Glossary.Entry("stakeholder", "someone with an interest", Optional.of("people and groups")).isJargon());
        assertFalse(entry("ICB").isJargon());
    }

    @Test
    void aTermIsFoundInAnyCaseAndAnUnknownOneIsNot() {
        Glossary g = new Glossary(List.of(entry("ICB"), entry("commissioning")));
        assertEquals("ICB", g.find("icb").orElseThrow().term());
        assertEquals("commissioning", g.find("Commissioning").orElseThrow().term());
        assertEquals(Optional.empty(), g.find("PCN"));
        assertEquals(Optional.empty(), Glossary.empty().find("ICB"));
    }

    @Test
    void theGlossaryKeepsItsOwnCopyOfTheEntries() {
        List<Glossary.Entry> entries = new ArrayList<>(List.of(entry("ICB")));
        Glossary g = new Glossary(entries);
        entries.add(entry("PCN"));
        assertEquals(1, g.entries().size());
        assertThrows(UnsupportedOperationException.class, () -> g.entries().add(entry("GP")));
    }
}
