package org.engagementportal.checks;

import java.util.List;
import org.engagementportal.content.Wcag;

/** A link's title does not just repeat its words: screen readers may read both. */
public final class LinkTitleRepeats implements Rule {
    public String id() {
        return "link-title-repeats";
    }

    public String criterion() {
        return Wcag.BEST_PRACTICE;
    }

    public Level level() {
        return Level.NOTICE;
    }

    public String why() {
        return "Some screen readers read the link's words and then its title, so the same words are heard twice; the "
                + "title adds nothing for anyone else, and keyboard and touch users never see it.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("a").stream()
                .filter(a -> !a.attr("title").isBlank() && Markup.normal(a.attr("title")).equals(Markup.normal(Markup.name(a))))
                .map(a -> new Finding(id(), a, "the link \"" + Markup.name(a) + "\" has a title that repeats its words.",
                        "Remove the title attribute."))
                .toList();
    }
}
