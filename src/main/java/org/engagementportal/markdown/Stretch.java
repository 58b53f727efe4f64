package org.engagementportal.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Reading flexmark's text straight from the page's Markdown, a String, rather than through its sequences' own
 * charAt, which costs several calls a character.
 */
final class Stretch {
    private Stretch() {
    }

    /**
     * The page's Markdown when {@code text} is exactly its characters from {@code text.getStartOffset()} to
     * {@code text.getEndOffset()}, else null. Only a {@link SubSequence} of a String is: flexmark's other kinds of
     * sequence may leave characters out (a quote's marks, an indent) and put others in (spaces for a tab), and
     * their offsets and length can still agree. flexmark reads a NUL character as U+FFFD
     * ({@code SequenceUtils.ENC_NUL}); whoever reads the String must do the same, or leave such text to flexmark.
     */
    static String markdownOf(BasedSequence text) {
        return text instanceof SubSequence && text.getBase() instanceof String base && text.getEndOffset() <= base.length()
                ? base : null;
    }
}
