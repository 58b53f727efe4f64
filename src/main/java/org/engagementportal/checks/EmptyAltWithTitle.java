package org.engagementportal.checks;

import java.util.List;

/** A picture marked as decoration (empty alt) has no title: a title says it means something after all. */
public final class EmptyAltWithTitle implements Rule {
    public String id() {
        return "empty-alt-with-title";
    }

    public String criterion() {
        return "1.1.1 Non-text Content";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Sighted mouse users see the title as a tooltip, but the empty alternative text hides the picture from "
                + "screen readers: the same picture tells some people something and others nothing.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img").stream()
                .filter(img -> img.hasAttr("alt") && img.attr("alt").isBlank() && !img.attr("title").isBlank())
                .map(img -> new Finding(id(), img, "the picture " + img.attr("src") + " is marked as decoration (empty alt) but has the title \""
                        + img.attr("title") + "\".",
                        "If the picture means something, move the title into its alt text; if it is decoration, remove the title."))
                .toList();
    }
}
