package org.engagementportal.content;

import java.util.Optional;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;

/**
 * Splits a content file into its YAML front matter (between two {@code ---} lines at the top) and the
 * Markdown body after it.
 *
 * @param yaml          the text between the markers
 * @param yamlFirstLine the file line the YAML starts on (2)
 * @param body          the Markdown after the closing marker
 */
public record FrontMatter(String yaml, int yamlFirstLine, Body body) {

    public static Optional<FrontMatter> split(SourceText source, Problems problems) {
        String text = source.text();
        if (text.isBlank()) {
            problems.error(new Position(source.file(), 1, 1), "this file is empty.",
                    "Start it with front matter between two --- lines, giving at least a title and a summary, "
                            + "then write the page's text below, or delete the file.");
            return Optional.empty();
        }
        if (!isMarker(source.line(1))) {
            if (misplacedStart(source, problems)) {
                return Optional.empty();
            }
            problems.error(new Position(source.file(), 1, 1),
                    "a content file must start with front matter: a line with just ---, the fields, then another ---.",
                    "Add these lines at the very top of the file:\n---\ntitle: The page title\n"
                            + "summary: One or two sentences about the page.\n---");
            return Optional.empty();
        }
        for (int line = 2; source.hasLine(line); line++) {
            String l = source.line(line);
            if (isMarker(l)) {
                int yamlStart = source.offsetOfLine(2);
                int yamlEnd = source.offsetOfLine(line);
                String yaml = yamlStart <= yamlEnd ? text.substring(yamlStart, yamlEnd) : "";
                int bodyStart = source.hasLine(line + 1) ? source.offsetOfLine(line + 1) : text.length();
                return Optional.of(new FrontMatter(yaml, 2, new Body(text.substring(bodyStart), line + 1, bodyStart)));
            }
        }
        problems.error(new Position(source.file(), 1, 1),
                "the front matter starts with --- on line 1 but is never closed.",
                "Add a line with just --- after the last field, before the page's text.");
        return Optional.empty();
    }

    /**
     * The mistakes that keep the first line from being "---" while the front matter is there: blank lines or spaces
     * before it, four dashes, or the opening line left out above settings that a "---" closes. Following the general
     * fix (add front matter at the top) for these gave a page whose text began with the real settings. Reported, and
     * true, when it is one of them.
     */
    private static boolean misplacedStart(SourceText source, Problems problems) {
        int first = 1;
        while (source.hasLine(first) && source.line(first).isBlank()) {
            first++;
        }
        String line = source.line(first);
        Position at = new Position(source.file(), first, 1);
        if (line.strip().equals("---")) {
            problems.error(at, "the --- that starts the front matter must be the very first line of the file, "
                            + (first > 1 ? "with no blank line above it." : "with no spaces before it."),
                    first > 1 ? "Delete the blank line" + (first > 2 ? "s" : "") + " above it" + (line.startsWith("---") ? "." : ", and the "
                            + "spaces before ---.") : "Delete the spaces or tabs before ---.");
            return true;
        }
        if (line.strip().matches("-{4,}")) {
            problems.error(at, "the front matter starts with a line of just three dashes, ---, but this one has "
                    + line.strip().length() + ".", "Make the first line exactly ---.");
            return true;
        }
        // Front matter whole, from a --- to a ---, below a line or two of the writer's own ("Note: new page"): the
        // fix for settings with no opening --- (add one at the top) made that line a setting and the settings text.
        for (int open = first + 1; open <= first + 5 && source.hasLine(open); open++) {
            if (!isMarker(source.line(open))) {
                continue;
            }
            for (int close = open + 1; close <= open + 200 && source.hasLine(close); close++) {
                if (isMarker(source.line(close))) {
                    if (close > open + 1 && source.line(open + 1).matches("[A-Za-z_][A-Za-z0-9_-]*:(\\s.*)?")) {
                        int above = open - 1;
                        problems.error(at, "the settings between the --- lines on lines " + open + " and " + close + " must start on "
                                        + "the file's first line, but " + (above == first ? "line " + first + " is" : "lines " + first
                                        + " to " + above + " are") + " above them, so they are not read as front matter.",
                                "Delete " + (above == first ? "that line" : "those lines") + ", or move " + (above == first ? "it" : "them")
                                        + " below the --- on line " + close + ", into the page's text.");
                        return true;
                    }
                    break;
                }
            }
            break;
        }
        if (line.matches("[A-Za-z_][A-Za-z_ ]*:(\\s.*)?")) {
            for (int l = first + 1; source.hasLine(l); l++) {
                if (isMarker(source.line(l))) {
                    problems.error(new Position(source.file(), 1, 1), "the settings above the --- on line " + l
                                    + " have no --- line above them, so they are not read as front matter.",
                            "Add a line with just --- as the very first line of the file, above " + line.strip().split(":")[0] + ":.");
                    return true;
                }
                if (source.line(l).isBlank()) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean isMarker(String line) {
        return line.stripTrailing().equals("---");
    }
}
