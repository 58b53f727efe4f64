package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.content.Wcag;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Passages are not written in capitals: short acronyms are fine, sentences in capitals are hard to read. */
public final class CapitalsPassage implements Rule {
    /** Five or more words in a row in capitals, each of two letters or more. */
    private static final Pattern SHOUTING = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,}[\\p{Lu}'’-]*[\\s,.;:!?]+){4,}\\p{Lu}{2,}[\\p{Lu}'’-]*(?![\\p{L}\\p{N}])");

    public String id() {
        return "capitals-passage";
    }

    public String criterion() {
        return Wcag.BEST_PRACTICE;
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Words in capitals lose their shape, which slows everyone down and especially people with dyslexia or low "
                + "vision; some screen readers spell them out letter by letter.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        for (TextNode t : page.texts()) {
            Matcher m = SHOUTING.matcher(t.text());
            if (m.find() && (org.jsoup.nodes.Node) t.parent() instanceof Element e && e.closest("pre, code, abbr") == null) {
                out.add(new Finding(id(), e, "the words \"" + m.group().strip() + "\" are written in capitals.",
                        "Write them in sentence case; to stress something, use **bold** for a few words."));
            }
        }
        return out;
    }
}
