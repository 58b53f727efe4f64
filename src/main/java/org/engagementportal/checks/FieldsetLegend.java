package org.engagementportal.checks;

import java.util.List;

/** A group of form fields ({@code fieldset}) has a legend saying what the group is. */
public final class FieldsetLegend implements Rule {
    public String id() {
        return "fieldset-legend";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen readers read the legend before each field in the group (\"Date of birth, Day\"); without it, fields "
                + "such as \"Yes\" and \"No\" are heard without their question.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("fieldset").stream()
                .filter(f -> f.children().stream().noneMatch(c -> c.normalName().equals("legend") && !c.text().isBlank())
                        && f.attr("aria-label").isBlank() && f.attr("aria-labelledby").isBlank())
                .map(f -> new Finding(id(), f, "a group of form fields has no legend.",
                        "Add a <legend> as the first thing in the <fieldset>, with the question the fields answer."))
                .toList();
    }
}
