package org.engagementportal.checks;

import java.util.List;

/** A data table has a caption (or a name) saying what it shows. */
public final class TableCaption implements Rule {
    public String id() {
        return "table-caption";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.NOTICE;
    }

    public String why() {
        return "Screen reader users can jump from table to table; a caption is what they hear first, and tells them whether "
                + "this is the table they want before they go through its cells.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream()
                .filter(t -> !Markup.isLayout(t) && !t.select("th").isEmpty())
                .filter(t -> t.children().stream().noneMatch(c -> c.normalName().equals("caption") && !c.text().isBlank())
                        && t.attr("aria-label").isBlank() && t.attr("aria-labelledby").isBlank())
                .map(t -> new Finding(id(), t, "a data table has no caption.",
                        "Give the table a <caption> saying what it shows, such as \"Clinic opening times\"."))
                .toList();
    }
}
