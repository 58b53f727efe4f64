package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Paragraphs pasted from Word or an email with spaces or a tab at the start of their lines. Markdown reads four
 * spaces or a tab there as computer code, in silence: the paragraph is published as typed, in a different font, its
 * lines not run together to fit the screen (so a long line runs off the side of a phone), and the easy-read and
 * plain-English checks skip it, as they skip code ({@link Prose}). Each such paragraph gets a warning at its first
 * word, saying which lines to mend. Code between lines of ``` is written on purpose and left alone; so is text
 * indented under a point of a list, which is part of the point (Markdown reads it so when it starts where the point's
 * words start, as most do).
 */
final class ParagraphLookalikes {
    private ParagraphLookalikes() {
    }

    /** Warns at a paragraph read as code for its indent; called for each by the text's walk (Markdown). */
    static void warn(IndentedCodeBlock code, PageContext ctx) {
        CharSequence text = code.getChars().getBaseSequence();
        int first = code.getStartOffset();
        while (first < code.getEndOffset() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
            first++; // flexmark keeps an indent beyond the code's own (under a point of a list) as part of the code
        }
        int spaces = 0;
        int tabs = 0;
        for (int i = first - 1; i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i--) {
            if (text.charAt(i) == '\t') {
                tabs++;
            } else {
                spaces++;
            }
        }
        int from = ctx.at(code, first).line();
        int to = ctx.at(code, Math.max(first, code.getEndOffset() - 1)).line(); // its last line, not the one after its line end
        boolean one = from == to;
        String indent = tabs == 0 ? "the spaces" : spaces > 0 ? "the spaces and tabs" : one && tabs == 1 ? "the tab" : "the tabs";
        String lines = one ? "line " + from : "lines " + from + " to " + to;
        String fix;
        if (inner(code) instanceof ListItem) {
            fix = "Start " + lines + " where the words of the point above it start (two spaces in after \"- \", three after "
                    + "\"1. \"), so that " + (one ? "it is" : "they are") + " part of the point.";
        } else if (inner(code) instanceof BlockQuote) {
            fix = "Delete " + indent + " between the > and the words at the start of " + lines + ".";
        } else {
            fix = "Delete " + indent + " at the start of " + lines + ".";
        }
        ctx.problems().warning(ctx.at(code, first), indent + " at the start of " + (one ? "this line" : "these lines")
                        + (indent.equals("the tab") ? " makes " : " make ") + (one ? "it" : "them")
                        + " show as typed, in a different font, like computer code, and the easy-read and plain-English checks "
                        + "skip " + (one ? "it" : "them") + ".",
                fix);
    }

    /** The point of a list or the quote {@code code} is in, the nearer if both: null if neither. */
    private static Node inner(Node code) {
        for (Node n = code.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ListItem || n instanceof BlockQuote) {
                return n;
            }
        }
        return null;
    }
}
