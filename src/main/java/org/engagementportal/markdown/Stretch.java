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

    /**
     * Starts reading a page's Markdown on this thread: its characters, which {@link #chars} gives for it (and for no
     * other String) until the thread starts another page or {@link #done} ends this one. Many checks read a page's every character; a String's charAt
     * costs more than an array's element under the quick compiler {@code bin/portal} runs the build with, most of all
     * for text with a character outside Latin-1 (a curly quote), which is stored as UTF-16: on the 10,000-page
     * benchmark, a profile put about an eighth of the build's samples in Java code in that charAt.
     *
     * <p>Only {@link Markdown}'s entry points start a page, and {@link #done} ends it. The array is shared by every
     * reader of the page on the thread: read it, never write to it.
     */
    static char[] page(String markdown) {
        Page last = PAGE.get();
        if (last.markdown != markdown) {
            last.chars = markdown.toCharArray();
            last.markdown = markdown;
        }
        return last.chars;
    }

    /**
     * The characters of {@code base} when it is the page this thread is reading ({@link #page}), else null: then the
     * caller reads the String, as before. Any other String is not copied here, as a text that is not the page's
     * (flexmark's own, or a second page read inside the first) may come between each of the page's, and copying the
     * page again each time would cost as much as the page's length each time.
     */
    static char[] chars(String base) {
        Page last = PAGE.get();
        return last.markdown == base ? last.chars : null;
    }

    /** {@link #chars}, or for any String but the page being read, a copy of its characters: for a check read once a page. */
    static char[] charsOrCopy(String markdown) {
        char[] page = chars(markdown);
        return page != null ? page : markdown.toCharArray();
    }

    /**
     * Ends reading {@code markdown} on this thread, if it is the page being read: its String and characters are let go
     * (a page may be megabytes; the thread may live on, as in the preview).
     */
    static void done(String markdown) {
        Page last = PAGE.get();
        if (last.markdown == markdown) {
            last.markdown = null;
            last.chars = null;
        }
    }

    /** The page a thread is reading, and its characters: one page is parsed and rendered at a time on a thread. */
    private static final class Page {
        String markdown;
        char[] chars;
    }

    private static final ThreadLocal<Page> PAGE = ThreadLocal.withInitial(Page::new);
}
