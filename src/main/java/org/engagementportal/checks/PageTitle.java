package org.engagementportal.checks;

import java.util.List;

/** The page has a title, shown in the browser tab and read first by screen readers. */
public final class PageTitle implements Rule {
    public String id() {
        return "page-title";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("document-title");
    }

    public String criterion() {
        return "2.4.2 Page Titled";
    }

    public String why() {
        return "The title is the first thing a screen reader says and the name of the browser tab: without a clear one, people cannot tell pages apart.";
    }

    public Scope scope() {
        return Scope.HEAD;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        if (page.title() == null || page.title().isBlank()) {
            return List.of(new Finding(id(), null, "the page has no title.", "Give the page a 'title' in its front matter."));
        }
        return List.of();
    }
}
