package org.engagementportal.checks;

import java.util.List;

/** No presentational elements ({@code center}, {@code font} and the like): styling belongs in the style sheet. */
public final class PresentationalMarkup implements Rule {
    public String id() {
        return "presentational-markup";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Presentational elements fix the look in the markup, so people who set their own fonts, sizes or colours "
                + "to read comfortably lose them, and the look often stands in for meaning nobody else can hear.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("center", "font", "basefont", "big", "tt", "strike").stream()
                .map(e -> new Finding(id(), e, "the text \"" + e.text() + "\" is styled with the old <" + e.normalName() + "> element.",
                        "Remove the <" + e.normalName() + "> element; if the words need emphasis or are a heading, mark them as such "
                                + "(**bold**, ## Heading) and let the site's style do the rest."))
                .toList();
    }
}
