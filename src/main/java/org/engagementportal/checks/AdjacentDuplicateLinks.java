package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A picture and its words that go to the same place are one link, not two side by side. */
public final class AdjacentDuplicateLinks implements Rule {
    public String id() {
        return "adjacent-duplicate-links";
    }

    public String criterion() {
        return "2.4.4 Link Purpose (In Context)";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Keyboard and screen reader users meet the same destination twice in a row: an extra Tab stop and a "
                + "repeated announcement, often one of them without useful words.";
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
            if (!a.hasAttr("href") || a.attr("href").isBlank()) {
                continue;
            }
            Element next = nextLink(a);
            if (next != null && next.attr("href").strip().equals(a.attr("href").strip())) {
                out.add(new Finding(id(), next, "two links side by side go to " + a.attr("href") + ".",
                        "Make them one link: put the picture and the words inside the same link, and give the picture empty alt text."));
            }
        }
        return out;
    }

    /** The link straight after this one, with nothing but spaces between. */
    private static Element nextLink(Element a) {
        for (Node n = a.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (!t.text().replace('\u00a0', ' ').isBlank()) {
                    return null;
                }
            } else if (n instanceof Element e) {
                return e.normalName().equals("a") ? e : null;
            }
        }
        return null;
    }
}
