package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTest {

    @Test
    void keepsThePositionOfEveryValueInTheFile() {
        SourceText src = SourceText.of("content/a.md", "---\ntitle: Dental care\ntopics:\n  - dentistry\n---\n");
        Problems problems = new Problems();

        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(src, "title: Dental care\ntopics:\n  - dentistry\n", 2, problems)
                .orElseThrow();

        YamlNode.Entry title = root.entries().get(0);
        assertEquals(new Position("content/a.md", 2, 1), title.keyPosition());
        assertEquals(new Position("content/a.md", 2, 8), title.value().position());
        YamlNode.Sequence topics = assertInstanceOf(YamlNode.Sequence.class, root.entries().get(1).value());
        assertEquals(new Position("content/a.md", 4, 5), topics.items().get(0).position());
        assertTrue(problems.isEmpty());
    }

    /**
     * Curly quotes, as a word processor types them, are letters to YAML: around a value with ": " in it they were advised
     * to be "double quotes", which the writer thought they were; around any other value they were published.
     */
    @Test
    void curlyQuotesAreNamedForWhatTheyAre() {
        String broken = "title: \u201CDental care: have your say\u201D\n";
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", "---\n" + broken + "---\n"), broken, 2, problems).isEmpty());
        assertTrue(problems.sorted().get(0).fix().startsWith("Put the value in straight double quotes (\"), typed in the file itself: "
                + "the curly ones"), problems.sorted().toString());
        // An apostrophe (’) on a line with another mistake is not a quote: that mistake keeps its own advice.
        String tabbed = "title: A\n\towner: Children\u2019s team\n";
        Problems tab = new Problems();
        Yaml.parse(SourceText.of("content/c.md", "---\n" + tabbed + "---\n"), tabbed, 2, tab);
        assertTrue(tab.sorted().stream().noneMatch(p -> p.fix().startsWith("Put the value in straight")), tab.sorted().toString());
        String kept = "title: \u201CDental care\u201D\n";
        Problems warned = new Problems();
        Yaml.parse(SourceText.of("content/b.md", "---\n" + kept + "---\n"), kept, 2, warned).orElseThrow();
        assertEquals(List.of("content/b.md:2:8 this value is in curly quotes, which are published as part of it: \u201CDental care\u201D."),
                warned.sorted().stream().map(p -> p.position() + " " + p.message()).toList());
        // In a settings file too: the site's name in them went on every page's title and header, with no word.
        Problems data = new Problems();
        Yaml.parseFile(SourceText.of("content/_data/site.yml", "name: \u201CNHS Example ICB\u201D\nlanguage: en-GB\n"), data).orElseThrow();
        assertEquals(List.of("content/_data/site.yml:1:7 this value is in curly quotes, which are published as part of it: "
                + "\u201CNHS Example ICB\u201D."), data.sorted().stream().map(p -> p.position() + " " + p.message()).toList());
    }

    /**
     * A value without quotes followed by " #" loses the rest of its line to a YAML comment: "Our #1 priority" was published
     * as "Our" in silence. The front matter warns at the #, with the value quoted as the fix, where what follows the # reads
     * as the value going on ("#1", "#NHSNorthshire"); a note written as notes are ("# its file"), a value that is not words,
     * a quoted value, a # inside a word and a data file (where notes after values are a developer's) do not.
     */
    @Test
    void aValueStartingWithAMarkOfYamlsOwnIsToldToBeQuotedWithTheLineAsItShouldBe() {
        // SnakeYAML said "expected <block end>" or "(Do not use % for indentation)", and the fix sent people to the indentation.
        String[][] cases = {
                {"title: \"Pharmacy First\" explained", "starts with a quote mark and goes on after the closing one",
                        "title: '\"Pharmacy First\" explained'"},
                {"title: 'Pharmacy First' is coming", "starts with a quote mark", "title: \"'Pharmacy First' is coming\""},
                {"title: [Updated] Pharmacy hours", "starts with [, which marks a list", "title: \"[Updated] Pharmacy hours\""},
                {"summary: % of pharmacies open.", "starts with %, which cannot begin a value without quotes",
                        "summary: \"% of pharmacies open.\""},
                {"summary: > folded", "starts with >, which marks a block of text", "summary: \"> folded\""},
                {"owner: @comms", "starts with @", "owner: \"@comms\""}};
        for (String[] c : cases) {
            String yaml = "draft: false\n" + c[0] + "\n";
            Problems problems = new Problems();
            assertTrue(Yaml.parse(SourceText.of("content/a.md", "---\n" + yaml + "---\n"), yaml, 2, problems).isEmpty(), c[0]);
            List<Problem> all = problems.sorted();
            assertEquals(1, all.size(), all.toString());
            assertEquals(new Position("content/a.md", 3, c[0].indexOf(':') + 3), all.get(0).position(), c[0]);
            assertTrue(all.get(0).message().contains(c[1]) && !all.get(0).message().contains("YAML"), all.get(0).message());
            assertEquals("Put the whole value in quotes: " + c[2], all.get(0).fix());
        }
        // A block of lines opened as it should be keeps the general advice: the mistake is in the lines below.
        String block = "summary: >-\n  one\n two: x\n";
        Problems problems = new Problems();
        Yaml.parse(SourceText.of("content/a.md", "---\n" + block + "---\n"), block, 2, problems);
        assertTrue(problems.sorted().stream().noneMatch(p -> p.fix().startsWith("Put the whole value in quotes")), problems.sorted().toString());
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItOpensNotAtTheNextQuotedValue() {
        // Reported at the next quoted value, lines later ("phone"), as "expected <block end>" with advice on indentation.
        String yaml = "title: \"Better access to NHS dentists\nsummary: What we heard.\nowner: Primary care\nrespond:\n"
                + "  phone: \"0808 157 0312\"\n";
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", "---\n" + yaml + "---\n"), yaml, 2, problems).isEmpty());
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals(new Position("content/a.md", 2, 8), all.get(0).position());
        assertTrue(all.get(0).message().startsWith("the quote mark that starts this value is not closed on this line"), all.get(0).message());
        assertEquals("Add the closing \" at the end of the value, on this line.", all.get(0).fix());
        // A value quoted over two lines on purpose, with a mistake elsewhere, is not taken for it.
        String other = "summary: \"One line\n  and the next\"\ntitle: [Updated] Hours\n";
        Problems second = new Problems();
        Yaml.parse(SourceText.of("content/b.md", "---\n" + other + "---\n"), other, 2, second);
        assertTrue(second.sorted().get(0).message().startsWith("the value of 'title' starts with ["), second.sorted().toString());
    }

    @Test
    void aSettingWithoutItsColonIsReportedAtItsOwnLineWithTheLineAsItShouldBe() {
        // Reported at the next line, as "mapping values are not allowed here", with advice to put the value in quotes.
        String[][] cases = {
            {"title Better access to NHS dentists\nsummary: What we heard.\n", "2:6", "title",
                "Put a colon and a space after the setting's name: title: Better access to NHS dentists"},
            {"title: Dental care\n# who runs it\nowner Primary care team\n\nreviewed: 2026-09-01\n", "4:6", "owner",
                "Put a colon and a space after the setting's name: owner: Primary care team"},
            {"title: Dental care\nrespond:\n  phone 0808 157 0312\n  post: Freepost\n", "4:8", "phone",
                "Put a colon and a space after the setting's name: phone: 0808 157 0312"},
        };
        for (String[] c : cases) {
            Problems problems = new Problems();
            assertTrue(Yaml.parse(SourceText.of("content/a.md", "---\n" + c[0] + "---\n"), c[0], 2, problems).isEmpty());
            List<Problem> all = problems.sorted();
            assertEquals(1, all.size(), all.toString());
            assertEquals("content/a.md:" + c[1], all.get(0).position().file() + ":" + all.get(0).position().line() + ":"
                    + all.get(0).position().column(), c[0]);
            assertEquals("there is no colon after '" + c[2] + "', so it is read as words running on into the next line, not as a setting.",
                    all.get(0).message());
            assertEquals(c[3], all.get(0).fix());
        }
        // A value running on to a second line (indented or not, quoted or not), then a mistake elsewhere, is not taken for it:
        // the review found "wraps onto a second line" told to be "wraps: onto a second line".
        for (String other : new String[] {
            "summary: What we heard\n  from 300 people\ntitle: Dental care: have your say\n",
            "title: Privacy notice\nsummary: \"A long summary that\nwraps onto a second line\"\nowner: IG: team\n",
            "title: Privacy notice\nsummary: A long summary that\nwraps onto a second line\nowner: IG: team\n"}) {
            Problems second = new Problems();
            Yaml.parse(SourceText.of("content/b.md", "---\n" + other + "---\n"), other, 2, second);
            assertTrue(!second.sorted().isEmpty() && second.sorted().stream().noneMatch(p -> p.message().startsWith("there is no colon")),
                    other + ": " + second.sorted());
        }
    }

    @Test
    void anInvisibleCharacterYamlDoesNotAllowIsReportedWhereItIsByItsNumber() {
        // Reported at the start of the text as "special characters are not allowed", with a fix about indentation and quotes.
        String yaml = "title: Dental care\nsummary: What we\uFFFE heard.\n";
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", "---\n" + yaml + "---\n"), yaml, 2, problems).isEmpty());
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals(new Position("content/a.md", 3, 17), all.get(0).position());
        assertEquals("this line has a character that cannot be used in the settings between the --- lines: an invisible one, "
                + "number U+FFFE, pasted in with the text around it.", all.get(0).message());
        assertEquals("Delete the text around it (from the column shown) and type it again.", all.get(0).fix());
    }

    @Test
    void wordsLostToACommentAfterAValueAreWarnedAbout() {
        String yaml = "title: Our #1 priority: dental care\nsummary: \"Join us #NHSNorthshire\"\n# a note\ntopics:\n  - dentistry # the main one\n"
                + "owner: C#team\ndraft: false #hide\nreviewed: 2026-09-01 #checked\nmeeting: governing-body/2026-07-16   # its file\n";
        Problems problems = new Problems();
        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(SourceText.of("content/a.md", "---\n" + yaml + "---\n"), yaml, 2, problems)
                .orElseThrow();
        assertEquals("Our", ((YamlNode.Scalar) root.entries().get(0).value()).value(), "YAML's reading, which the warning explains");
        List<String> said = problems.sorted().stream().map(p -> p.position() + " " + p.message() + " Fix: " + p.fix()).toList();
        // Not a note written as notes are ("# the main one", "# its file"), nor after a value that is not words (yes or no, a
        // date, an id), which quoting would break.
        assertEquals(List.of("content/a.md:2:12 '#1 priority: dental care' is left out: after a space, # starts a note that is not "
                + "published, so this value is only 'Our'. Fix: If the words after # belong to the value, put the whole value "
                + "in double quotes: \"Our #1 priority: dental care\". If it is a note, put it on a line of its own."), said);
        Problems data = new Problems();
        Yaml.parseFile(SourceText.of("content/_data/topics.yml", "- name: Mental health #MH\n"), data).orElseThrow();
        assertTrue(data.isEmpty(), data.sorted().toString());
    }

    /**
     * A character outside Unicode's first 65,536 (an emoji, a rare Chinese character) is two chars in Java; snakeyaml-engine
     * 2.10 failed with an IndexOutOfBoundsException when one fell across the end of its 1,024-char buffer, which
     * stopped every build as a fault of the portal's (exit code 3) without naming the file. Each place around the
     * buffer's ends now reads as any other.
     */
    @Test
    void aCharacterOfTwoCharsIsReadWhereverItFalls() {
        String prefix = "title: Emoji test\nsummary: \"";
        for (int at = 1000; at < 3100; at++) {
            String yaml = prefix + "a".repeat(at - prefix.length()) + "\uD83D\uDE00 \uD840\uDC0B\"\n";
            Problems problems = new Problems();
            YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(SourceText.of("content/emoji.md", "---\n" + yaml + "---\n"), yaml, 2,
                    problems).orElseThrow();
            String summary = ((YamlNode.Scalar) root.entries().get(1).value()).value();
            assertTrue(summary.endsWith("a\uD83D\uDE00 \uD840\uDC0B"), at + ": " + summary.substring(summary.length() - 10));
            assertTrue(problems.isEmpty(), at + ": " + problems.sorted());
        }
    }

    @Test
    void jsonIsReadWithPositionsAndItsNumbersApartFromItsText() {
        Problems problems = new Problems();
        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parseJson(SourceText.of("a.json", "{\n  \"pages\": 24,\n  \"tool\": \"24\"\n}\n"),
                problems).orElseThrow();
        YamlNode.Scalar pages = (YamlNode.Scalar) root.entries().get(0).value();
        YamlNode.Scalar tool = (YamlNode.Scalar) root.entries().get(1).value();
        assertEquals(new Position("a.json", 2, 12), pages.position());
        assertTrue(pages.plain() && !tool.plain(), "a JSON number is written plain, JSON text in quotes");
        assertTrue(problems.isEmpty());
    }

    @Test
    void jsonCutShortIsCalledJsonAtWhereItStops() {
        Problems problems = new Problems();
        assertTrue(Yaml.parseJson(SourceText.of("a.json", "{\"rules\": [\n  {\"code\": \"x\""), problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals(new Position("a.json", 2, 15), p.position(), "just after the last character");
        assertTrue(p.message().startsWith("this file is not valid JSON: "), p.message());
        assertTrue(p.fix().contains("missing comma, quote or bracket"), p.fix());
    }

    @Test
    void noAndOnStayWordsAsInYaml12() {
        SourceText src = SourceText.of("f", "");
        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(src, "area: no\nflag: on\n", 1, new Problems()).orElseThrow();
        YamlNode.Scalar area = (YamlNode.Scalar) root.entries().get(0).value();
        assertEquals("no", area.value());
    }

    /** Found in review: snakeyaml's Tag refused "!<%20x>" with an exception that ended the build with exit 3. */
    @Test
    void aTagSnakeyamlCannotReadIsKeptAsWritten() {
        Problems problems = new Problems();
        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(SourceText.of("f", ""), "title: !<%20x> hello\nnone: !!null\n",
                1, problems).orElseThrow();
        assertEquals("hello", ((YamlNode.Scalar) root.entries().get(0).value()).value());
        assertTrue(((YamlNode.Scalar) root.entries().get(1).value()).isNull(), "an explicit null tag still means no value");
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void explainsAColonInAnUnquotedValue() {
        SourceText src = SourceText.of("content/a.md", "");
        Problems problems = new Problems();

        assertTrue(Yaml.parse(src, "title: Dental care: have your say\nsummary: x\n", 2, problems).isEmpty());

        Problem p = problems.sorted().get(0);
        assertEquals("content/a.md", p.position().file());
        assertEquals(new Position("content/a.md", 2, 8), p.position());
        assertEquals("the value of 'title' has a colon and a space in it (after \"Dental care\"), which reads as the start of "
                + "another setting, so the line cannot be read.", p.message());
        assertEquals("Put the whole value in double quotes: title: \"Dental care: have your say\"", p.fix());
    }

    /**
     * Found by following README as a comms officer: a no-break space pasted from a word processor after a colon or in an
     * indent failed lines later ("expected '<document start>'"), at a line with nothing wrong in it.
     */
    @Test
    void aNoBreakSpaceWhereAnOrdinaryOneIsNeededIsSaidAtTheSpace() {
        String afterColon = "title:\u00a0Dental access\nsummary: A test.\nreviewed: 2026-01-01\n";
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), afterColon, 2, problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals(List.of(new Position("content/a.md", 2, 7)), problems.sorted().stream().map(Problem::position).toList());
        assertTrue(p.message().startsWith("there is a no-break space here, pasted in from a word processor. It looks like a space, "
                + "but the space after a setting's colon must be an ordinary one"), p.message());
        String indented = "title: A\naliases:\n\u00a0\u00a0- /old/\n";
        Problems indent = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/b.md", ""), indented, 2, indent).isEmpty());
        assertEquals(new Position("content/b.md", 4, 1), indent.sorted().get(0).position());
        assertTrue(indent.sorted().get(0).message().contains("a line's indent must be an ordinary one"), indent.sorted().toString());
        // In a value, it is a character like any other.
        Problems none = new Problems();
        Yaml.parse(SourceText.of("content/c.md", ""), "title: Dental\u00a0access\n", 2, none).orElseThrow();
        assertTrue(none.isEmpty(), none.sorted().toString());
    }

    /** A setting indented under one with a value was told to put its value in quotes. */
    @Test
    void aSettingIndentedUnderAValueIsToldToLineUp() {
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), "title: X\nsummary: A test.\n  reviewed: 2026-01-01\n", 2,
                problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals(new Position("content/a.md", 4, 1), p.position());
        assertEquals("this line is indented under 'summary', which has a value of its own, so it reads as more words of that "
                + "value; and its colon after 'reviewed' cannot be in a value without quotes.", p.message());
        assertEquals("If 'reviewed' is a setting of its own, take away the spaces at the start of the line, so that it starts where "
                + "'summary' does. If the line is more words of 'summary', put the whole of its value in double quotes.", p.fix());
    }

    /**
     * Found in review: a no-break space in a block of text (valid words) was blamed for a colon mistake lines above it, and
     * a value going on over a line with a colon in it was told only to take the indent away, which cut it short.
     */
    @Test
    void aNoBreakSpaceInABlockOfTextIsNotBlamedForAMistakeAboveIt() {
        Problems problems = new Problems();
        String yaml = "title: Pharmacy: opening hours\nsummary: Times.\nfeedback:\n  date: 2026-12-21\n  body: |\n"
                + "    Times:\u00a09am to 5pm.\n";
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), yaml, 2, problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals(new Position("content/a.md", 2, 8), p.position());
        assertTrue(p.message().startsWith("the value of 'title' has a colon and a space in it"), p.message());
    }

    /** A [ never closed was reported at the next line, where nothing is wrong, in the parser's words. */
    @Test
    void aListNeverClosedIsSaidAtItsBracketWithBothMends() {
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), "title: X\ntopics: [dentistry, pharmacy\nsummary: x\n", 2,
                problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals(new Position("content/a.md", 3, 9), p.position());
        assertEquals("the [ at the start of the value of 'topics' opens a list of values that is not closed with ] on this line.",
                p.message());
        assertEquals("If the [ is part of the words, put the whole value in quotes: topics: \"[dentistry, pharmacy\". If it is a "
                + "list, end it with ] on this line: topics: [dentistry, pharmacy]", p.fix());
    }

    /** Found in review: a list over several lines, not closed, was told to end at its first line, losing its other items. */
    @Test
    void aListOverSeveralLinesNeverClosedIsToldToCloseAfterItsLastItem() {
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), "title: X\ntopics: [dentistry,\n  pharmacy\nsummary: x\n", 2,
                problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertEquals(new Position("content/a.md", 3, 9), p.position());
        assertEquals("the [ at the start of the value of 'topics' opens a list of values that is never closed with ].", p.message());
        assertEquals("Add ] after its last item, on the line the item is on.", p.fix());
        // In a list of groups, the line as it should be keeps its "- ".
        Problems item = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/b.md", ""), "agenda:\n  - title: [Draft\n    presenter: Chair\n", 2, item)
                .isEmpty());
        assertTrue(item.sorted().get(0).fix().contains("- title: \"[Draft\""), item.sorted().toString());
    }

    /** The parser's own words ("found character '\\t' that cannot start any token") are not a comms officer's. */
    @Test
    void whatTheParserFoundIsSaidInPlainWords() {
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), "title: X\n\tsummary: A test.\n", 2, problems).isEmpty());
        assertEquals("the front matter cannot be read from here: a tab character, where only spaces can be used.",
                problems.sorted().get(0).message());
        for (String raw : List.of("mapping values are not allowed here", "found character '\\t' that cannot start any token",
                "expected <block end>, but found '-'", "could not find expected ':'", "something new")) {
            String said = Yaml.inWords(raw);
            assertTrue(!said.contains("mapping") && !said.contains("token") && !said.contains("<") && said.endsWith("."), said);
        }
    }

    @Test
    void explainsAnUnclosedQuote() {
        Problems problems = new Problems();
        Yaml.parse(SourceText.of("f", ""), "title: \"Dental care\nsummary: x\n", 2, problems);
        assertTrue(problems.sorted().get(0).fix().contains("quote"), problems.sorted().get(0).fix());
    }

    @Test
    void valuesNestedThousandsDeepAreReportedNotAStackOverflow() {
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), "title: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", 2,
                problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertTrue(p.message().contains("nested more than " + Limits.YAML_NESTING), p.message());
        assertEquals(2, p.position().line());
    }

    @Test
    void indentedGroupsNestedDeeplyAreReportedToo() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("f", ""), yaml.toString(), 1, problems).isEmpty());
        assertTrue(problems.hasErrors());
    }

    @Test
    void repeatedValuesAreReportedInsteadOfExpanded() {
        // "A billion laughs": nine levels of ten aliases each would be a billion values if expanded.
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = String.valueOf((char) (c - 1));
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(10, "*" + prev)))
                    .append("]\n");
        }
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), yaml.toString(), 2, problems).isEmpty());
        Problem p = problems.sorted().get(0);
        assertTrue(p.message().contains("repeats a value"), p.message());
        assertEquals(3, p.position().line(), "at the first alias");
    }

    @Test
    void frontMatterLargerThanTheLimitIsNotRead() {
        Problems problems = new Problems();
        String yaml = "summary: " + "x".repeat(Limits.YAML_BYTES) + "\n";
        assertTrue(Yaml.parse(SourceText.of("content/a.md", ""), yaml, 2, problems).isEmpty());
        assertTrue(problems.sorted().get(0).message().contains("KB long"), problems.sorted().get(0).message());
    }

    @Test
    void aSecondDocumentIsReported() {
        Problems problems = new Problems();
        assertTrue(Yaml.parse(SourceText.of("f", ""), "title: a\n...\n---\ntitle: b\n", 1, problems).isEmpty());
        assertEquals(3, problems.sorted().get(0).position().line());
    }

    @Test
    void onlyAnEmptyValueAndNullAreNothingAsInYaml12sJsonSchema() {
        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(SourceText.of("f", ""),
                "a:\nb: ~\nc: null\nd: \"null\"\ne: !!str null\nf: [x, null]\n", 1, new Problems()).orElseThrow();
        List<Boolean> nulls = root.entries().stream().map(e -> e.value() instanceof YamlNode.Scalar s && s.isNull()).toList();
        assertEquals(List.of(true, false, true, false, false, false), nulls);
        YamlNode.Sequence f = (YamlNode.Sequence) root.entries().get(5).value();
        assertTrue(((YamlNode.Scalar) f.items().get(1)).isNull());
    }
}
