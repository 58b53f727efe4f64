package org.engagementportal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The controlled lists, each in the order of its data file. */
class VocabularyTest {
    private static final List<Term> TOPICS = List.of(new Term("mental-health", "Mental health", ""),
            new Term("dentistry", "Dentistry", "Dentists and dental care."), new Term("primary-care", "Primary care", ""));

    @Test
    void idsKeepTheOrderOfTheFile() {
        assertEquals(List.of("mental-health", "dentistry", "primary-care"), Vocabulary.ids(TOPICS));
    }

    @Test
    void aTermIsFoundByItsExactId() {
        assertEquals(Optional.of(TOPICS.get(1)), Vocabulary.find(TOPICS, "dentistry"));
        assertEquals(Optional.empty(), Vocabulary.find(TOPICS, "Dentistry"), "ids are lower case, as written in content");
        assertEquals(Optional.empty(), Vocabulary.find(TOPICS, "dental"));
    }

    @Test
    void byIdIsKeyedByIdInTheOrderOfTheFile() {
        assertEquals(List.of("mental-health", "dentistry", "primary-care"), List.copyOf(Vocabulary.byId(TOPICS).keySet()));
        assertEquals("Dentistry", Vocabulary.byId(TOPICS).get("dentistry").name());
    }

    @Test
    void theListsAreCopiedAndCannotBeChanged() {
        List<Term> areas = new ArrayList<>(List.of(new Term("eastbrook", "Eastbrook", "")));
        Vocabulary v = new Vocabulary(TOPICS, areas, List.of(), List.of());
        areas.add(new Term("kingsmere", "Kingsmere", ""));
        assertEquals(1, v.areas().size());
        assertThrows(UnsupportedOperationException.class, () -> v.topics().add(new Term("x", "X", "")));
    }
}
