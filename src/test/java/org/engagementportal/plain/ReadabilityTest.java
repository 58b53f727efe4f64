package org.engagementportal.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores checked by hand: syllables counted aloud, the formulas worked on paper. */
class ReadabilityTest {

    @Test
    void countsSyllablesAsTheyAreSaid() {
        assertEquals(1, Readability.syllables("health"));
        assertEquals(1, Readability.syllables("care"));
        assertEquals(2, Readability.syllables("service"));
        assertEquals(2, Readability.syllables("people"));
        assertEquals(1, Readability.syllables("asked"));
        assertEquals(2, Readability.syllables("wanted"));
        assertEquals(4, Readability.syllables("community"));
        assertEquals(4, Readability.syllables("consultation"));
        assertEquals(4, Readability.syllables("Integrated"));
        assertEquals(4, Readability.syllables("commissioning"));
        assertEquals(1, Readability.syllables("you"));
    }

    @Test
    void aSimpleTextScoresLow() {
        // 2 sentences, 12 words, 12 syllables, no word of 3 or more syllables.
        Readability.Score s = Readability.of(List.of("We want to hear from you.", "Tell us what you think."));
        assertEquals(2, s.sentences());
        assertEquals(11, s.words());
        assertEquals(11, s.syllables());
        assertEquals(0, s.polysyllables());
        // SMOG: 1.0430 * sqrt(0) + 3.1291
        assertEquals(3.13, s.smog(), 0.01);
        // Flesch-Kincaid: 0.39 * 5.5 + 11.8 * 1 - 15.59 = -1.645
        assertEquals(-1.645, s.fleschKincaid(), 0.01);
    }

    @Test
    void jargonScoresHigh() {
        // 1 sentence, 9 words: The(1) integrated(4) commissioning(4) organisation(5) will(1) reconfigure(4)
        // community(4) services(3) collaboratively(6): 32 syllables, 7 words of 3+ syllables.
        Readability.Score s = Readability.of(List.of(
                "The integrated commissioning organisation will reconfigure community services collaboratively."));
        assertEquals(9, s.words());
        assertEquals(7, s.polysyllables());
        // SMOG: 1.0430 * sqrt(7 * 30) + 3.1291 = 1.0430 * 14.491 + 3.1291 = 18.24
        assertEquals(18.24, s.smog(), 0.01);
        assertEquals(23.2, s.smogAge(), 0.05);
    }

    @Test
    void noSentencesScoreZero() {
        assertEquals(0, Readability.of(List.of("", "  ")).sentences());
    }

    @Test
    void plainTextKeepsSentencesAndTheirLines() {
        PlainText.Text t = PlainText.of("""
                ## Why we are asking

                Too many people wait. See [our plan](/plan/) for more.
                It is long
                and wraps. Then it ends.

                ![A doctor talking to a patient](doctor.svg) You can talk to us.
                - a list item
                """, 10);
        assertEquals(List.of("Why we are asking", "Too many people wait.", "See our plan for more.", "It is long and wraps.",
                "Then it ends.", "You can talk to us.", "a list item"), t.sentenceTexts());
        assertEquals(List.of(10, 12, 12, 13, 14, 16, 17), t.sentences().stream().map(PlainText.Sentence::line).toList());
        assertEquals(List.of(new PlainText.Picture("A doctor talking to a patient", "doctor.svg", 16)), t.pictures());
    }
}
