package org.engagementportal.checks;

import java.util.List;
import org.jsoup.nodes.Element;

/** Exactly one main heading (h1): the page's title, where screen reader users jump to start reading. */
public final class OneMainHeading implements Rule {
    public String id() {
        return "one-main-heading";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("page-has-heading-one");
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String why() {
        return "People using screen readers jump to the main heading to learn what the page is about; none or several leaves them guessing.";
    }

    public Scope scope() {
        return Scope.WHOLE_PAGE;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Element> h1 = page.elements("h1");
        if (h1.isEmpty()) {
            return List.of(new Finding(id(), null, "the page has no main heading.", "The template must show the page title in an <h1>."));
        }
        return h1.stream().skip(1).map(h -> new Finding(id(), h, "the page has more than one main heading (\"" + h.text() + "\").",
                "Start headings in the text with ## : the page title is the only main heading.")).toList();
    }
}
