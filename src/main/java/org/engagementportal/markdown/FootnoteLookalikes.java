package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;

/**
 * Footnotes as word processors and some Markdown editors write them: a mark {@code [^1]} in the text and the note
 * {@code [^1]: ...} on a line of its own. The site makes no footnotes (a note at the foot of a long page is hard to find
 * and come back from on a phone or with a screen reader, and the NHS's style is to say it in the sentence), and
 * Markdown reads them otherwise, in silence: the mark and the note are shown as typed, brackets, caret and all, at the
 * end of the page; a note that is only an address ({@code [^2]: https://...}) is not shown at all, and its mark becomes a
 * link reading "^2". Each gets a warning where it is written, saying how to write it instead. Marks in code are left
 * alone.
 */
final class FootnoteLookalikes {
    private FootnoteLookalikes() {
    }

    /** Warns at each footnote mark and note of {@code document} (parsed from {@code markdown}). */
    static void report(String markdown, Document document, PageContext ctx) {
        if (markdown.indexOf("[^") < 0) {
            return; // nearly every page: no nodes looked at
        }
        new NodeVisitor(
                new VisitHandler<>(LinkRef.class, ref -> {
                    String label = ref.getReference().toString();
                    if (!isFootnote(label)) {
                        return;
                    }
                    String mark = "[" + label + "]";
                    if (isNote(ref)) {
                        ctx.problems().warning(ctx.at(ref), "this line looks like a footnote (" + mark + ":), but the site does "
                                        + "not make footnotes: it is shown as typed, " + mark + ": and all, where it is written.",
                                "Put what the note says into the sentence that has the mark " + mark + " (or in brackets after "
                                        + "it), then delete this line.");
                    } else if (ref.isDefined()) {
                        ctx.problems().warning(ctx.at(ref), mark + " looks like a footnote mark, but the site does not make "
                                        + "footnotes: it becomes a link reading \"" + label + "\", which does not say where it goes.",
                                "Write a link in the sentence, such as [the full report](https://...), and delete the line "
                                        + mark + ": further down.");
                    } else {
                        ctx.problems().warning(ctx.at(ref), mark + " looks like a footnote mark, but the site does not make "
                                        + "footnotes: it is shown as typed, brackets and all.",
                                "Put what the note says into the sentence itself, or in brackets after it, and delete the mark.");
                    }
                }),
                new VisitHandler<>(Reference.class, r -> {
                    String label = r.getReference().toString();
                    if (isFootnote(label)) {
                        ctx.problems().warning(ctx.at(r), "this line looks like a footnote ([" + label + "]:), but the site "
                                        + "does not make footnotes: it is not shown at all, and its mark [" + label + "] becomes "
                                        + "a link reading \"" + label + "\".",
                                "Write the link in the sentence that has the mark, such as [the full report](" + r.getUrl()
                                        + "), then delete this line.");
                    }
                })
        ).visit(document);
    }

    /** A footnote's label, as Markdown editors write them: a caret and then a name or number with no spaces. */
    private static boolean isFootnote(String label) {
        return label.length() > 1 && label.charAt(0) == '^' && label.codePoints().noneMatch(Character::isWhitespace);
    }

    /**
     * Whether {@code ref} starts a line of its paragraph and a colon follows it: the note of a footnote, not its mark. Notes
     * pasted on the lines after one another are one paragraph.
     */
    private static boolean isNote(LinkRef ref) {
        Node before = ref.getPrevious();
        return ref.getParent() instanceof Paragraph && (before == null || before instanceof SoftLineBreak
                || before instanceof HardLineBreak) && ref.getNext() instanceof Text t && t.getChars().startsWith(":");
    }
}
