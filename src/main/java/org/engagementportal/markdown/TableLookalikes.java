package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;

/**
 * Lines written as a table that are not read as one. A row of dashes between pipes ({@code |---|---|}) is only
 * ever written to make a table; when it is left in a paragraph, the table reader turned the lines away, and the page
 * shows them as one run of text, bars and dashes (which a screen reader reads out one by one) instead of rows and
 * columns. Each such paragraph gets a warning at its table's first row, saying what stopped it being read as a
 * table, as far as that can be told, and how to write it.
 */
final class TableLookalikes {
    /** The fewest characters a column of the row of dashes may have, colons included (flexmark's tables extension reads no fewer). */
    static final int DASHES = 3;
    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile(":?-+:?");

    private TableLookalikes() {
    }

    /** Warns at each paragraph of {@code document} (parsed from {@code markdown}) that holds a row of dashes. */
    static void report(String markdown, Document document, PageContext ctx) {
        int[] rows = dashRows(markdown);
        if (rows.length == 0) {
            return; // nearly every page: no paragraphs looked at
        }
        for (Node n : document.getDescendants()) {
            if (n instanceof Paragraph p) {
                int i = Arrays.binarySearch(rows, p.getStartOffset());
                int at = i >= 0 ? i : -i - 1;
                // A row of dashes starts a line, so the paragraph's first line (which may not start the page's line, in
                // a quote or a list) holds one only when the paragraph starts on it.
                if (at > 0 && lineStart(markdown, p.getStartOffset()) == rows[at - 1]) {
                    at--;
                }
                if (at < rows.length && rows[at] < p.getEndOffset()) {
                    warn(markdown, p, rows[at], ctx);
                }
            }
        }
    }

    private static void warn(String markdown, Paragraph p, int dashes, PageContext ctx) {
        int start = p.getStartOffset();
        boolean headed = dashes > lineStart(markdown, start);
        int header = headed ? lineStart(markdown, dashes - 1) : dashes;
        String cause;
        String fix;
        if (!headed) {
            cause = "there is no row of headings above the row of dashes";
            fix = "Add a first row with a heading for each column above the dashes, such as | Clinic | Opening times |.";
        } else if (header > lineStart(markdown, start)) {
            cause = "the table starts straight after the text above it";
            fix = "Leave a blank line before the table's first row.";
        } else if (!FastTables.rowsStayInParagraph(p)) {
            cause = "its rows are indented with tabs";
            fix = "Remove the tabs before the rows, so that each row starts where the first row does.";
        } else if (!columnsWritten(markdown, dashes)) {
            cause = "a column of the row of dashes is not three dashes or more";
            fix = "Write each column of the row of dashes as three dashes or more, such as " + dashesFor(cells(markdown, header))
                    + " (a colon at one end, :--- or ---:, lines the column up on that side).";
        } else if (cells(markdown, dashes) != cells(markdown, header)) {
            int wanted = cells(markdown, header);
            int written = cells(markdown, dashes);
            cause = "the row of dashes has " + written + (written == 1 ? " column" : " columns") + " and the row above it " + wanted;
            fix = "Give the row of dashes one part for each column of the first row: " + dashesFor(wanted) + ".";
        } else {
            cause = "they are not read as one";
            fix = "Write a table as a first row of headings, a row of dashes (|---|---|) and a row for each line, each "
                    + "row starting where the first row does, with a blank line before the table and after it.";
        }
        ctx.problems().warning(ctx.at(p, firstCharacter(markdown, header)), "these lines look like a table, but " + cause
                + ", so they are published as a paragraph of text: readers see the bars and dashes, not rows and columns, "
                + "and a screen reader reads them out.", fix);
    }

    /** Where each line that is a row of dashes starts, in order: pipes, dashes, colons and spaces only, after any quote marks. */
    static int[] dashRows(String markdown) {
        int[] found = new int[0];
        int n = 0;
        for (int pipe = markdown.indexOf('|'); pipe >= 0; ) {
            int from = lineStart(markdown, pipe);
            int to = markdown.indexOf('\n', pipe);
            if (to < 0) {
                to = markdown.length();
            }
            if (isDashRow(markdown, from, to)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(4, n * 2));
                }
                found[n++] = from;
            }
            pipe = markdown.indexOf('|', to);
        }
        return Arrays.copyOf(found, n);
    }

    private static boolean isDashRow(String markdown, int from, int to) {
        int i = firstCharacter(markdown, from);
        boolean pipe = false;
        boolean dash = false;
        for (; i < to; i++) {
            char c = markdown.charAt(i);
            if (c == '|') {
                pipe = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return pipe && dash;
    }

    private static int lineStart(String markdown, int at) {
        return markdown.lastIndexOf('\n', at - 1) + 1;
    }

    private static int lineEnd(String markdown, int at) {
        int end = markdown.indexOf('\n', at);
        return end < 0 ? markdown.length() : end;
    }

    /** The first character of the line starting at {@code from} that is not a space, a tab or a quote's mark. */
    private static int firstCharacter(String markdown, int from) {
        int i = from;
        while (i < markdown.length() && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t' || markdown.charAt(i) == '>')) {
            i++;
        }
        return i;
    }

    /** The cells of the row on the line starting at {@code from}: the parts between unescaped pipes, an outer pipe at either end not starting one. */
    static int cells(String markdown, int from) {
        String row = markdown.substring(firstCharacter(markdown, from), lineEnd(markdown, from)).strip();
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                pipes++;
            }
        }
        int cells = pipes + 1;
        if (row.startsWith("|")) {
            cells--;
        }
        if (row.length() > 1 && row.endsWith("|") && !row.endsWith("\\|")) {
            cells--;
        }
        return Math.max(1, cells);
    }

    /**
     * Whether each column of the row of dashes on the line starting at {@code from} is written as the table reader
     * reads it: three characters or more of dashes, a colon at either end or both, and nothing else.
     */
    private static boolean columnsWritten(String markdown, int from) {
        for (String cell : markdown.substring(firstCharacter(markdown, from), lineEnd(markdown, from)).split("\\|")) {
            String column = cell.strip();
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
