package org.engagementportal.checks;

import java.util.List;

/** A picture is either decoration (role presentation, empty alt) or described, never both at once. */
public final class PresentationRoleWithAlt implements Rule {
    public String id() {
        return "presentation-role-with-alt";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("presentation-role-conflict");
    }

    public String criterion() {
        return "1.1.1 Non-text Content";
    }

    public String why() {
        return "The presentation role tells screen readers to skip the picture, so the description written for it is never "
                + "heard (or, in some browsers, the role is ignored): people get different pages depending on their software.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img").stream()
                .filter(img -> (img.attr("role").strip().equals("presentation") || img.attr("role").strip().equals("none"))
                        && !img.attr("alt").isBlank())
                .map(img -> new Finding(id(), img, "the picture " + img.attr("src") + " is marked as decoration (role=\""
                        + img.attr("role") + "\") but described as \"" + img.attr("alt") + "\".",
                        "If the picture means something, remove role=\"" + img.attr("role") + "\"; if it is decoration, make its alt empty."))
                .toList();
    }
}
