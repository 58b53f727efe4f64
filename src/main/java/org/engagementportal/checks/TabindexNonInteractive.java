package org.engagementportal.checks;

import java.util.List;

/** Only things a person can use are in the tab order: tabindex 0 or above on plain text needs a role. */
public final class TabindexNonInteractive implements Rule {
    public String id() {
        return "tabindex-non-interactive";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("tabindex");
    }

    public String criterion() {
        return "4.1.2 Name, Role, Value";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Keyboard users press Tab to move between things they can use; a stop on plain text does nothing when "
                + "activated, and a screen reader cannot say what it is.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.main().select("[tabindex]").stream()
                .filter(e -> e.attr("tabindex").strip().matches("\\d+") && !Markup.isInteractive(e))
                .map(e -> new Finding(id(), e, "the <" + e.normalName() + "> with tabindex=\"" + e.attr("tabindex")
                        + "\" is a stop in the tab order but nothing a person can use.",
                        "Remove the tabindex; to move focus to it from a link, use tabindex=\"-1\", which keeps it out of the tab order."))
                .toList();
    }
}
