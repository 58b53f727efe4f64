package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines written as a table that are not read as one. A row of dashes between pipes ({@code |---|---|}) is only
 * ever written to make a table; when it is left in a paragraph, the table reader turned the lines away, and the page
 * shows them as one run of text, bars and dashes (which a screen reader reads out one by one) instead of rows and
 * columns. So do rows of pipes left after a table by a blank line, and a row over a line of dashes without pipes
 * (which makes it a heading). Each gets a warning at its table's first row, saying what stopped it being read as a
 * table, as far as that can be told, and how to write it. A paragraph's lines are read as flexmark holds them,
 * without the marks of the quotes and lists they are in.
 */
final class TableLookalikes {
    /** The fewest characters a column of the row of dashes may have, colons included (flexmark's tables extension reads no fewer). */
    private static final int DASHES = 3;
    private static final Pattern COLUMN = Pattern.compile(":?-+:?");
    /** Dashes that are not the hyphen-minus a table needs, as word processors put in: en and em dash, minus sign. */
    private static final String LONG_DASHES = "\u2013\u2014\u2212";
    /** Spaces that are not the space or tab a table needs: no-break, figure and narrow no-break space. */
    private static final String ODD_SPACES = "\u00a0\u2007\u202f";

    private TableLookalikes() {
    }

    /** Warns at each paragraph of {@code document} (parsed from {@code markdown}) that is a table not read as one. */
    static void report(String markdown, Document document, PageContext ctx) {
        if (!mayHoldRowOfDashes(markdown)) {
            return; // nearly every page without a table: no paragraphs looked at
        }
        walk(document, ctx);
    }

    /** The blocks under {@code parent}, down to paragraphs (whose inline parts are not walked). */
    private static void walk(Node parent, PageContext ctx) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                check(p, ctx);
            } else if (n instanceof Heading h && h.isSetextHeading() && h.getLevel() == 2) {
                headingOfRows(h, ctx);
            } else if (n instanceof Block && !(n instanceof TableBlock)) {
                walk(n, ctx);
            }
        }
    }

    /**
     * "| Clinic | Day |" over a line of dashes without pipes: flexmark makes a heading of it, bars and all (of every
     * line down to the dashes, text above the row included). Named at its first row, its columns counted on that line.
     */
    private static void headingOfRows(Heading h, PageContext ctx) {
        List<BasedSequence> lines = h.getText().splitList("\n");
        for (int i = 0; i < lines.size(); i++) {
            String line = text(lines.get(i));
            if (isRow(line)) {
                String dashes = "write the dashes under it with a pipe between the columns, such as " + dashesFor(cells(line))
                        + ", to make a table.";
                ctx.problems().warning(ctx.at(h, lines.get(i).getStartOffset()), "this line looks like a table's first row, "
                                + "but the line of dashes under " + (i + 1 < lines.size() ? "the table" : "it") + " has no pipes (|), "
                                + "so it is published as a heading, bars and all.",
                        i > 0 ? "Leave a blank line before the table's first row, and " + dashes
                                : Character.toUpperCase(dashes.charAt(0)) + dashes.substring(1));
                return;
            }
        }
    }

    private static void check(Paragraph p, PageContext ctx) {
        List<BasedSequence> lines = p.getContentLines();
        int dashes = -1;
        for (int i = 0; i < lines.size() && dashes < 0; i++) {
            if (isRowOfDashes(lines.get(i)) && !inCode(p, lines.get(i))) {
                dashes = i;
            }
        }
        if (dashes < 0) {
            if (p.getPrevious() instanceof TableBlock && lines.stream().allMatch(l -> isRow(text(l)))) {
                warn(p, lines.get(0), ctx, List.of("a blank line cuts them off from the table above (a blank line ends a table)"),
                        "Remove the blank line between these rows and the table's last row.");
            }
            return;
        }
        String row = text(lines.get(dashes));
        List<String> causes = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        int header = dashes - 1;
        // The rows above the row of dashes are the table's headings (flexmark reads more than one); a line above
        // them that is not a row is text the table was written straight after.
        int first = header;
        while (first > 0 && isRow(text(lines.get(first - 1)))) {
            first--;
        }
        if (header < 0) {
            causes.add("there is no row of headings above the row of dashes");
            fixes.add("Add a first row with a heading for each column above the dashes, such as | Clinic | Opening times |.");
        } else if (first > 0) {
            causes.add("the table starts straight after the text above it");
            fixes.add(p.getAncestorOfType(BlockQuote.class) != null ? "Leave a line with only > on it before the table's first row."
                    : "Leave a blank line before the table's first row.");
        }
        int written = cells(row);
        int wanted = header < 0 ? written : cells(text(lines.get(header)));
        if (containsAny(row, LONG_DASHES)) {
            causes.add("the row of dashes has long dashes (\u2013 or \u2014), as a word processor makes of short ones");
            fixes.add("Type the row of dashes again with the hyphen key: " + dashesFor(wanted) + ".");
        } else if (containsAny(row, ODD_SPACES)) {
            causes.add("the row of dashes has a no-break space in it, as copied from another program");
            fixes.add("Type the row of dashes again, with ordinary spaces or none: " + dashesFor(wanted) + ".");
        } else if (!columnsWritten(row)) {
            causes.add("a column of the row of dashes is not written as three dashes or more (with at most a colon at each end)");
            fixes.add("Write each column of the row of dashes as three dashes or more, such as " + dashesFor(wanted)
                    + " (a colon at one end, :--- or ---:, lines the column up on that side).");
        } else if (written != wanted) {
            causes.add("the row of dashes has " + written + (written == 1 ? " column" : " columns") + " and the row above it " + wanted);
            fixes.add("Give the row of dashes one part for each column of the first row: " + dashesFor(wanted) + ".");
        }
        if (causes.isEmpty() && !FastTables.rowsStayInParagraph(p)) {
            causes.add("its rows are indented with tabs");
            fixes.add("Remove the tabs before the rows, so that each row starts where the first row does.");
        }
        if (causes.isEmpty()) {
            causes.add("they are not read as one");
            fixes.add("Write a table as a first row of headings, a row of dashes (|---|---|) and a row for each line, each "
                    + "row starting where the first row does, with a blank line before the table and after it.");
        }
        warn(p, lines.get(Math.max(0, first)), ctx, causes, String.join(" ", fixes)); // at the table's first row
    }

    private static void warn(Paragraph p, BasedSequence line, PageContext ctx, List<String> causes, String fix) {
        ctx.problems().warning(ctx.at(p, line.getStartOffset()), "these lines look like a table, but "
                + String.join(", and ", causes) + ", so they are published as a paragraph of text: readers see the bars and "
                + "dashes, not rows and columns, and a screen reader reads them out.", fix);
    }

    /** A line as flexmark holds it in its paragraph, without its line ending. */
    private static String text(BasedSequence line) {
        return line.toString().stripTrailing();
    }

    /** Whether {@code line} lies in code written across lines (`` `|---|` ``), which is shown as it is written. */
    private static boolean inCode(Paragraph p, BasedSequence line) {
        for (Node n : p.getDescendants()) {
            if (n instanceof Code && n.getStartOffset() < line.getStartOffset() && n.getEndOffset() > line.getStartOffset()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some line of {@code markdown} may be a row of dashes: a pipe with a dash beside it, a space or two
     * apart (any kind of dash), found without looking at lines. Only such pages have their paragraphs looked at.
     */
    private static boolean mayHoldRowOfDashes(String markdown) {
        for (int pipe = markdown.indexOf('|'); pipe >= 0; pipe = markdown.indexOf('|', pipe + 1)) {
            for (int at = Math.max(0, pipe - 3); at <= Math.min(markdown.length() - 1, pipe + 3); at++) {
                char c = markdown.charAt(at);
                if (c == '-' || LONG_DASHES.indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a paragraph's line is a row of dashes, read in the page's Markdown where it is a stretch of it (see
     * {@link Stretch}) rather than through flexmark's sequence.
     */
    private static boolean isRowOfDashes(BasedSequence line) {
        String page = Stretch.markdownOf(line); // a NUL, which flexmark reads as U+FFFD, is neither way part of a row
        return page != null ? isRowOfDashes(page, line.getStartOffset(), line.getEndOffset())
                : isRowOfDashes(line.toString(), 0, line.length());
    }

    /** Pipes, dashes (of any kind), colons and spaces (of any kind) only, with a pipe and a dash among them. */
    private static boolean isRowOfDashes(String text, int from, int to) {
        boolean pipe = false;
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '|') {
                pipe = true;
            } else if (c == '-' || LONG_DASHES.indexOf(c) >= 0) {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && ODD_SPACES.indexOf(c) < 0) {
                return false;
            }
        }
        return pipe && dash;
    }

    /** Whether a line is written as a table's row: between pipes. */
    private static boolean isRow(String line) {
        String row = line.strip();
        return row.length() > 1 && row.startsWith("|") && row.endsWith("|");
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a row between its pipes (a pipe after a backslash is text), an outer pipe at either end not starting one. */
    private static List<String> parts(String line) {
        String row = line.strip();
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                parts.add(row.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(row.substring(Math.min(from, row.length())));
        if (row.startsWith("|") && parts.size() > 1) {
            parts.remove(0);
        }
        if (row.length() > 1 && from == row.length() && parts.size() > 1) {
            parts.remove(parts.size() - 1); // the row ends with a pipe of its own, not one after a backslash
        }
        return parts;
    }

    private static int cells(String line) {
        return parts(line).size();
    }

    /** Whether each column of the row of dashes is as the table reader reads it: three characters or more of dashes, a colon at either end or both. */
    private static boolean columnsWritten(String row) {
        for (String part : parts(row)) {
            String column = part.strip();
            if (!column.isEmpty() && (column.length() < DASHES || !COLUMN.matcher(column).matches())) {
                return false;
            }
        }
        return true;
    }

    private static String dashesFor(int columns) {
        return "|" + "---|".repeat(Math.max(1, columns));
    }
}
