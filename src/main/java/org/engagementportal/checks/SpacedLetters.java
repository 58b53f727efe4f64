package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Words are not spaced out letter by letter with spaces ("C L O S E D"), which are read as separate letters (F32). */
public final class SpacedLetters implements Rule {
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L} ){4,}\\p{L}(?![\\p{L}\\p{N}])");

    public String id() {
        return "spaced-letters";
    }

    public String criterion() {
        return "1.3.2 Meaningful Sequence";
    }

    public String failure() {
        return "F32";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "A screen reader reads \"C L O S E D\" as five separate letters, not a word, and search and translation "
                + "cannot find it.";
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
            Matcher m = SPACED.matcher(t.text());
            if (m.find() && (org.jsoup.nodes.Node) t.parent() instanceof Element e && e.closest("pre, code") == null) {
                out.add(new Finding(id(), e, "the letters \"" + m.group() + "\" are spaced out with spaces.",
                        "Write the word normally: " + m.group().replace(" ", "") + "."));
            }
        }
        return out;
    }
}
