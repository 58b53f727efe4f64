package org.engagementportal.checks;

import java.util.List;
import java.util.Locale;

/** A link goes somewhere: not to "#" or to a script, which makes it a button pretending to be a link (F42). */
public final class LinkToNowhere implements Rule {
    public String id() {
        return "link-to-nowhere";
    }

    public String criterion() {
        return "4.1.2 Name, Role, Value";
    }

    public String failure() {
        return "F42";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "A screen reader announces it as a link, so people expect to go somewhere; it goes nowhere (or only works "
                + "with a mouse and script), and the space bar that presses a button does nothing.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("a").stream()
                .filter(a -> a.hasAttr("href") && a.attr("role").isBlank())
                .filter(a -> {
                    String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
                    return href.equals("#") || href.startsWith("javascript:");
                })
                .map(a -> new Finding(id(), a, "the link \"" + Markup.name(a) + "\" goes to " + a.attr("href") + ", which is nowhere.",
                        "Give it the address of the page it should open; if it does something on this page, make it a <button>."))
                .toList();
    }
}
