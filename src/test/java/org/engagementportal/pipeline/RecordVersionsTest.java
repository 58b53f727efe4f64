package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version of a record of engagement or of the Accessible Information Statement gives the facts its page gives: a Welsh
 * record said 11 people took part where the page said fewer than 5, and published "what we did" months before the page;
 * an easy-read statement kept the old mailbox and reply time after the page changed them. Both built with no message.
 */
class RecordVersionsTest {
    static final String NOW = "2026-11-23T09:00";

    static final String RECORD = """
            -- content/engagement/young-carers.md --
            ---
            title: Young carers focus group, Saltcote
            summary: Young carers told us what would help them.
            date: 2026-06-17
            activity: focus-group
            engagement: involve
            stage: design
            people: 3
            heard: |
              You told us that you need help at school.
            did:
              date: 2026-12-15
              body: We will ask schools to name a carers' lead.
            ---
            We met at the youth centre.
            """;

    /** The record's Welsh version, with the record's facts in its own words. */
    static final String WELSH = """
            -- content/engagement/young-carers.cy.md --
            ---
            title: Grŵp ffocws gofalwyr ifanc, Saltcote
            summary: Dywedodd gofalwyr ifanc wrthym beth fyddai'n helpu.
            date: 2026-06-17
            activity: focus-group
            engagement: involve
            stage: design
            people: 3
            heard: |
              Dywedoch fod angen help arnoch yn yr ysgol.
            did:
              date: 2026-12-15
              body: Byddwn yn gofyn i ysgolion enwi arweinydd gofalwyr.
            ---
            Fe wnaethon ni gyfarfod yn y ganolfan ieuenctid.
            """;

    static final String STATEMENT = """
            -- content/accessible-information.md --
            ---
            title: Accessible Information Statement
            summary: How to ask for our information in another format.
            type: statement
            formats: [easy-read, large-print, braille]
            contact:
              email: accessible.info@testshire.example
              phone: "01632 960 120"
            response_days: 5
            ---
            ## How to ask

            Email or phone us.
            """;

    @TempDir
    Path dir;

    private TextSite.Built build(String block) {
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), NOW);
    }

    @Test
    void aRecordsVersionWithOtherDaysNumbersOrAnEarlierWeDidStopsTheBuild() {
        TextSite.Built built = build(RECORD + WELSH.replace("date: 2026-06-17", "date: 2026-06-10").replace("people: 3", "people: 11")
                .replace("  date: 2026-12-15", "  date: 2026-09-15")).failedWith(
                "content/engagement/young-carers.cy.md:4:7: error: this translation says it took place on 2026-06-10, but "
                        + "content/engagement/young-carers.md says on 2026-06-17.",
                "date: 2026-06-17",
                "content/engagement/young-carers.cy.md:8:9: error: this translation says 11 people took part, but "
                        + "content/engagement/young-carers.md says 3.",
                "error: this translation dates what we did 2026-09-15, but content/engagement/young-carers.md dates it 2026-12-15, "
                        + "the day it is published.");
        assertFalse(built.printed().contains("'heard'"), "each has its own words of what people said: " + built.printed());
    }

    @Test
    void aRecordsVersionThatLeavesOutTheNumberOrWhatPeopleSaidIsWarnedAbout() {
        build(RECORD + """
                -- content/engagement/young-carers.easy-read.md --
                ---
                title: Young carers group - easy read
                summary: Young carers told us what would help.
                date: 2026-06-17
                activity: focus-group
                engagement: involve
                stage: design
                did:
                  date: 2026-12-15
                  body: We will ask schools to help.
                ---
                We met young carers.
                """).warned(
                "content/engagement/young-carers.easy-read.md:1:1: warning: this easy-read version does not say how many people "
                        + "took part, but content/engagement/young-carers.md does.",
                "people: 3",
                "warning: this easy-read version has no 'heard' (what people told us), but content/engagement/young-carers.md has it.");
    }

    @Test
    void aStatementsVersionWithOtherContactDetailsReplyTimeOrFormatsStopsTheBuild() {
        build(STATEMENT + """
                -- content/accessible-information.easy-read.md --
                ---
                title: How to get information you can use - easy read
                summary: How to ask us for easy read and other formats.
                type: statement
                formats: [braille, easy-read]
                contact:
                  email: old.mailbox@testshire.example
                  phone: "01632 960 120"
                response_days: 10
                ---
                ## How to ask

                Email us.
                """).failedWith(
                "content/accessible-information.easy-read.md:5:10: error: this easy-read version offers braille, easy-read, but "
                        + "content/accessible-information.md offers easy-read, large-print, braille.",
                "content/accessible-information.easy-read.md:7:10: error: this easy-read version gives the email address to ask at "
                        + "as old.mailbox@testshire.example, but content/accessible-information.md gives accessible.info@testshire.example.",
                "  email: accessible.info@testshire.example",
                "content/accessible-information.easy-read.md:9:16: error: this easy-read version says a request is answered within "
                        + "10 working days, but content/accessible-information.md says 5.");
    }

    /** Found in review: the same number spaced otherwise, or an address in capitals, stopped the build; no contact said it thrice. */
    @Test
    void aStatementsContactDetailsAreComparedAsReadersUseThem() {
        TextSite.Built same = build(STATEMENT + """
                -- content/accessible-information.easy-read.md --
                ---
                title: How to get information you can use - easy read
                summary: How to ask us for easy read and other formats.
                type: statement
                formats: [easy-read, large-print, braille]
                contact:
                  email: Accessible.Info@testshire.example
                  phone: 01632 960120
                response_days: 5
                ---
                ## How to ask

                Email us.
                """).succeeded();
        assertFalse(same.printed().contains("easy-read version"), same.printed());
        TextSite.Built none = TextSite.write(dir.resolve("none"), STATEMENT + """
                -- content/accessible-information.easy-read.md --
                ---
                title: How to get information you can use - easy read
                summary: How to ask us for easy read and other formats.
                type: statement
                formats: [easy-read, large-print, braille]
                response_days: 5
                ---
                ## How to ask

                Email us.
                """).build(dir.resolve("none-out"), NOW).failedWith("needs a 'contact' group");
        assertFalse(none.printed().contains("gives no"), "said once, by the statement's reader: " + none.printed());
    }

    @Test
    void versionsThatGiveThePagesFactsInTheirOwnWordsBuild() {
        TextSite.Built built = build(RECORD + STATEMENT + WELSH + """
                -- content/accessible-information.cy.md --
                ---
                title: Datganiad Gwybodaeth Hygyrch
                summary: Sut i ofyn am ein gwybodaeth mewn fformat arall.
                type: statement
                formats: [braille, large-print, easy-read]
                contact:
                  email: accessible.info@testshire.example
                  phone: "01632 960 120"
                response_days: 5
                ---
                ## Sut i ofyn

                E-bostiwch neu ffoniwch ni.
                """).succeeded();
        assertFalse(built.printed().contains("this translation"), built.printed());
    }
}
