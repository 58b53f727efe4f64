package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Instructions do not rely on shape or position alone ("the round button", "the link on the right") (F14). */
public final class SensoryInstruction implements Rule {
    static final String THING = "(button|link|icon|box|menu|panel|column|image|picture|arrow|symbol|sidebar)s?";
    private static final Pattern WHERE = Pattern.compile("(?i)\\b" + THING + " (on|at|in) the (top |bottom )?(left|right)\\b"
            + "|\\b(on|at|in) the (top |bottom )?(left|right)[- ]hand (side|column|menu|corner)\\b"
            + "|\\b(round|square|circular|triangular|star-shaped|diamond-shaped) " + THING + "\\b");

    public String id() {
        return "sensory-instruction";
    }

    public String criterion() {
        return "1.3.3 Sensory Characteristics";
    }

    public String failure() {
        return "F14";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "People who cannot see the page, and those using it zoomed in or on a phone (where the layout changes), "
                + "cannot find something described only by its shape or where it sits on the screen.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return find(page, WHERE, id(), "describes something only by its shape or position",
                "Name the thing by its words too, such as: select 'Respond to the consultation' (the green button below the summary).");
    }

    static List<Finding> find(PageUnderTest page, Pattern pattern, String id, String what, String fix) {
        List<Finding> out = new ArrayList<>();
        for (TextNode t : page.texts()) {
            Matcher m = pattern.matcher(t.text());
            if (m.find() && (org.jsoup.nodes.Node) t.parent() instanceof Element e) {
                out.add(new Finding(id, e, "\"" + m.group() + "\" " + what + ".", fix));
            }
        }
        return out;
    }
}
