package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;

/**
 * Lines meant as headings or a line across the page that Markdown reads otherwise, in silence: "##Heading" with no
 * space after the marks is a paragraph that shows its hashes; and text directly above a line of dashes becomes a
 * heading, every line of it, where a line across the page was meant. Each gets a warning at its first line saying how
 * to write it. A single "#" with no space is left alone: it is as likely a hashtag.
 */
final class HeadingLookalikes {
    private static final Pattern NO_SPACE = Pattern.compile("#{2,6}[^#\\s]");

    private HeadingLookalikes() {
    }

    /** Warns at each paragraph or heading of {@code document} (parsed from {@code markdown}) that is one of these. */
    static void report(String markdown, Document document, PageContext ctx) {
        if (!mayHoldOne(markdown)) {
            return; // nearly every page: no blocks looked at
        }
        walk(document, ctx);
    }

    /** Whether the text has "##" followed by neither "#" nor a space, or a line starting with dashes. */
    private static boolean mayHoldOne(String markdown) {
        if (markdown.indexOf("\n---") >= 0 || markdown.indexOf("\n ---") >= 0) {
            return true;
        }
        for (int at = markdown.indexOf("##"); at >= 0; at = markdown.indexOf("##", at + 2)) {
            int end = at + 2;
            while (end < markdown.length() && markdown.charAt(end) == '#') {
                end++;
            }
            if (end < markdown.length() && !Character.isWhitespace(markdown.charAt(end))) {
                return true;
            }
            at = end - 2;
        }
        return false;
    }

    private static void walk(Node parent, PageContext ctx) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                CharSequence first = p.getContentLines().isEmpty() ? "" : p.getContentLines().get(0);
                if (NO_SPACE.matcher(first).lookingAt()) {
                    int count = 0;
                    while (first.charAt(count) == '#') {
                        count++;
                    }
                    String marks = "#".repeat(count);
                    ctx.problems().warning(ctx.at(p), "this line starts with " + marks + " but has no space after it, so it is "
                                    + "not a heading: it is shown as written, " + marks + " and all.",
                            "Put a space after the " + marks + ": " + marks + " " + first.toString().substring(marks.length()).strip());
                }
            } else if (n instanceof Heading h && h.isSetextHeading() && h.getLevel() == 2 && h.getText().toString().contains("\n")
                    && h.getText().toString().indexOf('|') < 0) {
                // A row of a table over dashes is TableLookalikes'.
                ctx.problems().warning(ctx.at(h), "the line of dashes under these lines makes all of them one heading.",
                        "For a line across the page, leave a blank line above the dashes; for a heading, write it on one "
                                + "line starting with ## instead.");
            } else if (n instanceof Block && !(n instanceof TableBlock)) {
                walk(n, ctx);
            }
        }
    }
}
