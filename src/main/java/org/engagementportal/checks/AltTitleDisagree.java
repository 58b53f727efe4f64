package org.engagementportal.checks;

import java.util.List;

/** A picture's alternative text and title say the same thing, so everyone is told the same. */
public final class AltTitleDisagree implements Rule {
    public String id() {
        return "alt-title-differ";
    }

    public String criterion() {
        return "1.1.1 Non-text Content";
    }

    public Level level() {
        return Level.NOTICE;
    }

    public String why() {
        return "Mouse users read the title, screen reader users hear the alternative text: when they differ, one group "
                + "may be told something the other never is.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img").stream()
                .filter(img -> !img.attr("alt").isBlank() && !img.attr("title").isBlank())
                .filter(img -> {
                    String alt = Markup.normal(img.attr("alt"));
                    String title = Markup.normal(img.attr("title"));
                    return !alt.contains(title) && !title.contains(alt);
                })
                .map(img -> new Finding(id(), img, "the picture " + img.attr("src") + " is described as \"" + img.attr("alt")
                        + "\" but titled \"" + img.attr("title") + "\".",
                        "Check both are right; put everything the picture tells people in its alt text and remove the title."))
                .toList();
    }
}
