package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void noAndOnStayWordsAsInYaml12() {
        SourceText src = SourceText.of("f", "");
        YamlNode.Mapping root = (YamlNode.Mapping) Yaml.parse(src, "area: no\nflag: on\n", 1, new Problems()).orElseThrow();
        YamlNode.Scalar area = (YamlNode.Scalar) root.entries().get(0).value();
        assertEquals("no", area.value());
    }

    @Test
    void explainsAColonInAnUnquotedValue() {
        SourceText src = SourceText.of("content/a.md", "");
        Problems problems = new Problems();

        assertTrue(Yaml.parse(src, "title: Dental care: have your say\nsummary: x\n", 2, problems).isEmpty());

        Problem p = problems.sorted().get(0);
        assertEquals("content/a.md", p.position().file());
        assertEquals(2, p.position().line());
        assertTrue(p.message().startsWith("the front matter is not valid YAML"), p.message());
        assertTrue(p.fix().contains("double quotes"), p.fix());
    }

    @Test
    void explainsAnUnclosedQuote() {
        Problems problems = new Problems();
        Yaml.parse(SourceText.of("f", ""), "title: \"Dental care\nsummary: x\n", 2, problems);
        assertTrue(problems.sorted().get(0).fix().contains("quote"), problems.sorted().get(0).fix());
    }
}
