package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Every link says where it goes: never empty, never "click here" or "read more" on its own. */
public final class LinkPurpose implements Rule {
    static final Set<String> VAGUE = Set.of("click here", "here", "click", "read more", "more", "link", "this link", "find out more",
            "more information", "this page", "its page", "the page", "page", "go");


    public String id() {
        return "link-purpose";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("link-name");
    }

    public String criterion() {
        return "2.4.4 Link Purpose (In Context)";
    }

    public String why() {
        return "Screen reader users often list the links on a page on their own; \"click here\" or an empty link tells them nothing about where it goes.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        for (Element a : page.elements("a")) {
            if (!a.hasAttr("href")) {
                continue;
            }
            String name = page.accessibleName(a);
            if (name.isEmpty()) {
                out.add(new Finding(id(), a, "a link to " + a.attr("href") + " has no words, so it cannot be told apart from others.",
                        "Write what the link is for between the square brackets: [Respond to the consultation](" + a.attr("href") + ")"));
            } else if (isVague(name)) {
                out.add(new Finding(id(), a, "the link \"" + name + "\" does not say where it goes.",
                        "Use words that make sense on their own, such as [read the consultation document](...)"));
            }
        }
        return out;
    }

    /**
     * Whether a link's words are one of the {@link #VAGUE} ones, in any case, with or without a full stop,
     * exclamation mark or colon after them ("Read more.").
     */
    static boolean isVague(String name) {
        String words = name.toLowerCase(Locale.UK);
        int last = words.length() - 1;
        if (last >= 0 && (words.charAt(last) == '.' || words.charAt(last) == '!' || words.charAt(last) == ':')) {
            words = words.substring(0, last);
        }
        return VAGUE.contains(words.strip());
    }

    static String accessibleName(Element e) {
        if (!e.attr("aria-label").isBlank()) {
            return e.attr("aria-label").strip();
        }
        StringBuilder name = new StringBuilder(e.text());
        if (e.childrenSize() == 0) {
            return name.toString().strip();
        }
        e.select("img[alt]").forEach(img -> name.append(' ').append(img.attr("alt")));
        e.select("svg[aria-label]").forEach(svg -> name.append(' ').append(svg.attr("aria-label")));
        return name.toString().strip();
    }
}
