package org.engagementportal.checks;

import java.util.List;
import java.util.Locale;

/** A link that opens a new window or tab says so (F22). */
public final class NewWindowWarning implements Rule {
    public String id() {
        return "new-window-warning";
    }

    public String criterion() {
        return "3.2.5 Change on Request";
    }

    public String failure() {
        return "F22";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "A new window takes people somewhere they did not ask to go: screen reader and magnifier users may not "
                + "notice it opened, and the Back button no longer works.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("a", "area", "form").stream()
                .filter(a -> opensNew(a.attr("target")))
                .filter(a -> !warns(Markup.name(a) + " " + a.attr("title") + " " + described(a, page)))
                .map(a -> new Finding(id(), a, "the link \"" + Markup.name(a) + "\" opens a new window without saying so.",
                        "Let the link open in the same window (remove target=\"" + a.attr("target") + "\"), or add \"(opens in a new tab)\" to its words."))
                .toList();
    }

    private static boolean opensNew(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && !t.equals("_self") && !t.equals("_parent") && !t.equals("_top");
    }

    private static boolean warns(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("new window") || t.contains("new tab") || t.contains("new browser") || t.contains("opens in");
    }

    private static String described(org.jsoup.nodes.Element a, PageUnderTest page) {
        StringBuilder out = new StringBuilder();
        for (String id : a.attr("aria-describedby").split("\\s+")) {
            page.withId().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(e -> out.append(' ').append(e.text()));
        }
        return out.toString();
    }
}
