package org.engagementportal.checks;

import java.util.List;

/** A link's words include letters or numbers: "»" or "..." on their own say nothing. */
public final class LinkTextSymbols implements Rule {
    public String id() {
        return "link-text-symbols";
    }

    public String criterion() {
        return "2.4.4 Link Purpose (In Context)";
    }

    public String why() {
        return "Screen readers read a link of symbols as \"right pointing double angle\" or skip it altogether: nobody can "
                + "tell where it goes.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("a").stream()
                .filter(a -> a.hasAttr("href"))
                .filter(a -> {
                    String name = page.accessibleName(a);
                    return !name.isEmpty() && !name.codePoints().anyMatch(Character::isLetterOrDigit);
                })
                .map(a -> new Finding(id(), a, "the link \"" + page.accessibleName(a) + "\" has only symbols, no words.",
                        "Write where the link goes in words: [Next: how to respond](" + a.attr("href") + ")"))
                .toList();
    }
}
