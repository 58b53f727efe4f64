package org.engagementportal.checks;

import java.util.List;
import org.engagementportal.content.Wcag;

/** Long passages are not in italics, which are hard to read at length; a few words or a title are fine. */
public final class ItalicPassage implements Rule {
    /** Longer than this many letters in italics: a sentence or two, not a phrase or a book title. */
    static final int LONGEST = 120;

    public String id() {
        return "italic-passage";
    }

    public String criterion() {
        return Wcag.BEST_PRACTICE;
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Slanted letters run into each other, which makes long passages hard to read for people with dyslexia, "
                + "low vision or learning disabilities.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("em", "i").stream()
                .filter(e -> e.text().length() > LONGEST && (e.parent() == null || e.parent().closest("em, i") == null))
                .map(e -> new Finding(id(), e, "a passage of " + e.text().length() + " characters is in italics, starting \""
                                + e.text().substring(0, 40) + "...\".",
                        "Take the italics off the passage (remove the _underscores_ or *stars* around it); keep them for a few words at most."))
                .toList();
    }
}
