package org.engagementportal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A topic's name inside a sentence, as the topic pages and feeds describe themselves. */
class TermTest {
    private static String inSentence(String name) {
        return new Term("id", name, "").topicInSentence();
    }

    @Test
    void aTopicsNameIsLoweredOnlyWhereSentenceCaseRaisedIt() {
        assertEquals("mental health", inSentence("Mental health"));
        assertEquals("children's services", inSentence("Children's services"));
        // Lowering the whole name gave "about gp and primary care" on the Get updates page and in the feed.
        assertEquals("GP and primary care", inSentence("GP and primary care"));
        assertEquals("NHS dentistry", inSentence("NHS dentistry"));
        assertEquals("A&E and urgent care", inSentence("A&E and urgent care"));
        assertEquals("dentistry in Kingsmere", inSentence("Dentistry in Kingsmere"), "a place's name later in it as written");
        assertEquals("é", inSentence("É"));
        assertEquals("", inSentence(""));
    }
}
