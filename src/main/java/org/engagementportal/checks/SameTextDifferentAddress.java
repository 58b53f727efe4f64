package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Links with the same words go to the same place: two "Download" links to different files cannot be told apart in
 * a list of links. Text around a link (its list, its heading) can tell them apart, which is enough at level AA, so
 * this is the AAA criterion.
 */
public final class SameTextDifferentAddress implements Rule {
    public String id() {
        return "same-link-text";
    }

    public String criterion() {
        return "2.4.9 Link Purpose (Link Only)";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen reader users often list a page's links on their own: two links with the same words that go to "
                + "different places look identical in that list.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        Map<String, String> first = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Element a : page.elements("a")) {
            if (!a.hasAttr("href")) {
                continue;
            }
            String name = Markup.normal(Markup.name(a));
            if (name.isEmpty()) {
                continue;
            }
            String href = a.attr("href").strip().replaceAll("/$", "");
            String seen = first.putIfAbsent(name, href);
            if (seen != null && !seen.equals(href)) {
                out.add(new Finding(id(), a, "the link \"" + Markup.name(a) + "\" goes to " + a.attr("href")
                        + ", but a link before it with the same words goes to " + seen + ".",
                        "Make the words of each link say where it goes, such as [Download the plan] and [Download the summary]."));
            }
        }
        return out;
    }
}
