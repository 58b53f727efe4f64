package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Templates show what the view models decide: they may check that something is there, or follow a flag the
 * view sets, but they do not compare values with literals (a status id, a count for a plural) or filter,
 * count and choose among lists. This keeps such decisions from creeping back into templates.
 */
class TemplatesWithoutLogicTest {
    /** A comparison with a string or number literal: {@code d.statusId == "closed"}, {@code pages == 1}. */
    private static final Pattern LITERAL_COMPARISON = Pattern.compile("[=!]=\\s*[\"'\\d]|[\"']\\s*[=!]=");
    /** A greater or less than: {@code <#if (days > 0)>}, {@code <#if n gt 1>}. */
    private static final Pattern ORDERING = Pattern.compile("<#(?:else)?if\\s*\\([^)]*[<>]|\\s(?:gt|gte|lt|lte)\\s");
    /** Built-ins that work something out from a list or pick between values. */
    private static final Pattern DECIDING_BUILT_IN = Pattern.compile("\\?(filter|size|then|seq_contains|seq_index_of)\\b");

    /** Where a template decides something, as "file:line: text". */
    static List<String> decisions(String name, String template) {
        List<String> found = new ArrayList<>();
        String[] lines = template.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (LITERAL_COMPARISON.matcher(line).find() || ORDERING.matcher(line).find() || DECIDING_BUILT_IN.matcher(line).find()) {
                found.add(name + ":" + (i + 1) + ": " + line.strip());
            }
        }
        return found;
    }

    @Test
    void noTemplateComparesWithALiteralOrWorksSomethingOutFromAList() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestSite.PROJECT.resolve("templates"))) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList();
            assertFalse(templates.isEmpty(), "no templates found in " + TestSite.PROJECT.resolve("templates"));
            for (Path t : templates) {
                found.addAll(decisions("templates/" + t.getFileName(), Files.readString(t)));
            }
        }
        assertEquals(List.of(), found, "decide these in the view models instead");
    }

    @Test
    void theCheckFindsTheDecisionsTemplatesUsedToMake() {
        String template = """
                <#assign closed = d.statusId == "closed" || d.statusId == "outcome">
                <#if d.statusId != "upcoming">
                ${doc.pages} <#if doc.pages == 1>page<#else>pages</#if>
                <#if m.agenda?filter(i -> i.part == 2)?has_content>
                <#if section.id == 'open'>
                ${d.formal?then("Formal", "Engagement")}
                <#if listing.filters?size gt 0>
                <#if (r.responseDays > 0)>
                <#if n gte 2>
                <#if d.closed>wanted<#else>want</#if>
                <p class="nhsuk-lede-text"<@pageLang page.layout/>>${page.summary}</p>
                <#if r.mailto?? && r.phone??> or</#if>
                """;
        List<String> found = decisions("t.ftlh", template);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), found.stream().map(f -> Integer.parseInt(f.split(":")[1])).toList(), found.toString());
    }
}
