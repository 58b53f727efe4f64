package org.engagementportal.attachments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an attachment says about itself, read from the file: its size and, for a PDF, its page count and
 * the three things a screen reader needs (a title, a language, and tags giving its structure).
 *
 * @param locked     a PDF's permissions forbid reading its text out for accessibility (an owner password's restriction),
 *                   which screen readers obey: PDF/UA asks that they allow it
 * @param unreadable why a PDF could not be opened (damaged, password-protected), or empty
 * @param programs   what a PDF would run or send when it is opened or clicked (JavaScript, a command to start another
 *                   program, a form that sends what is typed in it), in words; empty for a file with none
 * @param trail      what a PDF's properties give of the person or computer that made it, in words: "a login name
 *                   (NORTHSHIRE\jsmith)", "a file path (C:\Users\jsmith\...)"; empty for a file with neither
 */
public record FileFacts(long bytes, boolean pdf, OptionalInt pages, Optional<String> title, Optional<String> language,
                        boolean tagged, boolean locked, Optional<Unreadable> unreadable, Optional<String> programs,
                        Optional<String> trail) {

    public FileFacts(long bytes, boolean pdf, OptionalInt pages, Optional<String> title, Optional<String> language,
                     boolean tagged, boolean locked, Optional<Unreadable> unreadable, Optional<String> programs) {
        this(bytes, pdf, pages, title, language, tagged, locked, unreadable, programs, Optional.empty());
    }

    public FileFacts(long bytes, boolean pdf, OptionalInt pages, Optional<String> title, Optional<String> language,
                     boolean tagged, Optional<Unreadable> unreadable) {
        this(bytes, pdf, pages, title, language, tagged, false, unreadable, Optional.empty());
    }

    /** The gap of a PDF whose permissions keep its text from screen readers, as the warning and the statement name it. */
    public static final String LOCKED = "a security setting that keeps its text from screen readers";

    public static FileFacts other(long bytes) {
        return new FileFacts(bytes, false, OptionalInt.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** The programs that title a PDF "Microsoft Word - Document1" when the document's own properties give none. */
    private static final java.util.regex.Pattern AUTOMATIC_TITLE =
            java.util.regex.Pattern.compile("Microsoft (Word|PowerPoint|Excel) - .*");

    /**
     * The program whose automatic title the PDF has ("Word" for "Microsoft Word - Document1"), if it has one: a screen
     * reader announces it in place of the paper's name, so it is as good as none.
     */
    public Optional<String> titledBy() {
        return title.map(AUTOMATIC_TITLE::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(1));
    }

    /**
     * What a PDF lacks for assistive technology, in words: "no title" (or none of its own), "no language", "no tags", and
     * {@link #LOCKED}. Empty if nothing.
     */
    public List<String> accessibilityGaps() {
        List<String> gaps = new ArrayList<>();
        if (!pdf || unreadable.isPresent()) {
            return gaps;
        }
        if (title.isEmpty()) {
            gaps.add("no title");
        } else {
            titledBy().ifPresent(by -> gaps.add("no title of its own (screen readers announce \"" + title.get() + "\", the title "
                    + by + " gave it)"));
        }
        if (language.isEmpty()) {
            gaps.add("no language");
        }
        if (!tagged) {
            gaps.add("no tags");
        }
        if (locked) {
            gaps.add(LOCKED);
        }
        return gaps;
    }
}
