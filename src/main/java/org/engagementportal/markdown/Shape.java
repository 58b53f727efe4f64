package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import org.engagementportal.source.Limits;

/**
 * The shape of a piece of Markdown, checked before and after flexmark reads it: lines no longer than
 * {@link Limits#LINE_LENGTH}, blocks of text no longer than {@link Limits#LINES_PER_BLOCK} lines, and lists
 * and quotes nested no deeper than {@link Limits#NESTING}. flexmark takes time that grows faster than the
 * text for markers piled up on one line ("- - - - a", "> - > - a") and long blocks, and renders nested
 * blocks by recursion; text past these limits is reported at its line and not read, so every page builds
 * in time proportional to its length.
 */
final class Shape {
    private Shape() {
    }

    /** Checks the text line by line before it is parsed; false (with the problems reported) when it must not be. */
    static boolean fits(String markdown, PageContext page) {
        boolean fits = true;
        boolean inFence = false;
        char fence = 0;
        int fenceLength = 0;
        int blockStart = -1;
        int blockLines = 0;
        int lineNo = 0;
        int start = 0;
        int len = markdown.length();
        while (start <= len) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = len;
            }
            int length = end - start;
            if (length > Limits.LINE_LENGTH) {
                page.problems().error(page.atLine(lineNo, Limits.LINE_LENGTH + 1), "this line is "
                                + String.format(java.util.Locale.UK, "%,d", length) + " characters long; the portal reads lines of "
                                + "up to " + String.format(java.util.Locale.UK, "%,d", Limits.LINE_LENGTH) + " characters.",
                        "Break it into shorter paragraphs, with a blank line between them.");
                fits = false;
            } else {
                int first = firstNonSpace(markdown, start, end);
                char c = first < end ? markdown.charAt(first) : 0;
                int run = (c == '`' || c == '~') && indentOf(markdown, start, first) <= 3 ? run(markdown, first, end, c) : 0;
                if (!inFence && run >= 3 && (c == '~' || markdown.indexOf('`', first + run) < 0 || markdown.indexOf('`', first + run) >= end)) {
                    // A code fence as CommonMark has it: up to three spaces in, three or more of ` or ~, and for
                    // backticks no backtick after them on the line.
                    inFence = true;
                    fence = c;
                    fenceLength = run;
                } else if (inFence && c == fence && run >= fenceLength && firstNonSpace(markdown, first + run, end) == end) {
                    inFence = false;
                } else if (!inFence && c == '<' && first - start <= 3 && first + 1 < end
                        && (Character.isLetter(markdown.charAt(first + 1)) || markdown.charAt(first + 1) == '/')) {
                    // A line that starts an HTML block: flexmark reads its first tag with an expression that
                    // recurses for each character of the name and each attribute.
                    int from = first + (markdown.charAt(first + 1) == '/' ? 2 : 1);
                    int size = GuardedInlineParser.tagTooLarge(markdown.substring(from, end), 0);
                    if (size > 0) {
                        page.problems().error(page.atLine(lineNo, first - start + 1), "this line starts with an HTML tag "
                                        + "that is too large to read: the portal reads tags with names of up to "
                                        + GuardedInlineParser.MAX_TAG_NAME + " characters and up to "
                                        + GuardedInlineParser.MAX_ATTRIBUTES + " attributes.",
                                "Use Markdown instead of HTML here, or shorten the tag.");
                        fits = false;
                    }
                } else if (!inFence) {
                    int depth = markers(markdown, start, end);
                    if (depth > Limits.NESTING) {
                        page.problems().error(page.atLine(lineNo, 1), "this line starts " + depth + " lists or quotes "
                                        + "inside each other; the portal reads at most " + Limits.NESTING + ".",
                                "Lists and quotes are rarely more than three deep: check the markers (-, *, 1. and >) at the "
                                        + "start of the line.");
                        fits = false;
                    }
                }
            }
            if (first(markdown, start, end) && !inFence) {
                if (blockLines == 0) {
                    blockStart = lineNo;
                }
                if (++blockLines == Limits.LINES_PER_BLOCK + 1) {
                    page.problems().error(page.atLine(blockStart, 1), "this block of text runs for more than "
                                    + String.format(java.util.Locale.UK, "%,d", Limits.LINES_PER_BLOCK) + " lines without a blank "
                                    + "line; the portal reads blocks of up to that many.",
                            "Put a blank line between paragraphs, and split very long tables or lists into several.");
                    fits = false;
                }
            } else {
                blockLines = 0;
            }
            lineNo++;
            start = end + 1;
        }
        return fits;
    }

    /** Whether the line has anything but spaces on it. */
    private static boolean first(String s, int start, int end) {
        return firstNonSpace(s, start, end) < end;
    }

    private static int firstNonSpace(String s, int start, int end) {
        int i = start;
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** How many of {@code c} follow each other from {@code i}. */
    private static int run(String s, int i, int end, char c) {
        int j = i;
        while (j < end && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /** The width of a line's indentation, a tab counting as four (so it is never "up to three spaces"). */
    private static int indentOf(String s, int start, int first) {
        int width = 0;
        for (int i = start; i < first; i++) {
            width += s.charAt(i) == '\t' ? 4 : 1;
        }
        return width;
    }

    /**
     * How many block quote and list markers open the line: "> - 1. text" has three. Each may be indented;
     * a marker must be followed by a space (or end the line) to count, as in Markdown.
     */
    static int markers(String s, int start, int end) {
        int depth = 0;
        int i = start;
        while (true) {
            i = firstNonSpace(s, i, end);
            if (i >= end) {
                return depth;
            }
            char c = s.charAt(i);
            int after;
            if (c == '>') {
                after = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 >= end || isSpace(s.charAt(i + 1)))) {
                after = i + 1;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && (j + 1 >= end || isSpace(s.charAt(j + 1)))) {
                    after = j + 1;
                } else {
                    return depth;
                }
            } else {
                return depth;
            }
            depth++;
            i = after;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * After parsing: lists and quotes nested by indentation, which no single line shows. Walks the tree
     * without recursion; reports the first block nested too deep and returns false.
     */
    static boolean nestingFits(Document document, PageContext page) {
        record Step(Node node, int depth) {
        }
        Deque<Step> todo = new ArrayDeque<>();
        todo.push(new Step(document, 0));
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            for (Node child = step.node().getFirstChild(); child != null; child = child.getNext()) {
                int depth = step.depth() + (child instanceof BlockQuote || child instanceof ListItem ? 1 : 0);
                if (depth > Limits.NESTING) {
                    page.problems().error(page.at(child), "lists and quotes are nested more than " + Limits.NESTING
                                    + " deep here.",
                            "Lists and quotes are rarely more than three deep: check the indentation of these lines.");
                    return false;
                }
                if (child.hasChildren()) {
                    todo.push(new Step(child, depth));
                }
            }
        }
        return true;
    }
}
