package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An abbreviation is spelt out the first time it is used on the page: in brackets beside it, such as "integrated
 * care board (ICB)" or "ICB (integrated care board)", or in an {@code <abbr title>}.
 */
public final class AbbreviationExpanded implements Rule {
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}&])(\\p{Lu}{2,6})s?(?![\\p{L}\\p{N}&])");

    public String id() {
        return "abbreviation-expanded";
    }

    public String criterion() {
        return "3.1.4 Abbreviations";
    }

    public Level level() {
        return Level.NOTICE;
    }

    public String why() {
        return "Not everyone knows what an abbreviation stands for, and people using screen readers or translation tools "
                + "may hear it spelt out as letters: spelling it out once helps everyone follow the page.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    /** 2: an abbreviation spelt out in brackets beside it passes (December 2026). */
    public int version() {
        return 2;
    }

    public List<Finding> check(PageUnderTest page) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (TextNode t : page.texts()) {
            if (!((org.jsoup.nodes.Node) t.parent() instanceof Element e) || e.closest("pre, code, kbd, samp") != null) {
                continue;
            }
            Element abbr = e.closest("abbr");
            String text = t.text();
            Matcher m = ACRONYM.matcher(text);
            while (m.find()) {
                String word = m.group(1);
                if (!seen.add(word)) {
                    continue;
                }
                boolean expanded = abbr != null && !abbr.attr("title").isBlank()
                        || spelledOutBeside(text, m.start(), m.end());
                if (!expanded && !isWordInCapitals(text, m.start(), m.end())) {
                    out.add(new Finding(id(), e, "the abbreviation " + word + " is not spelt out where it is first used.",
                            "Spell it out the first time, with the abbreviation in brackets: integrated care board (" + word + ")."));
                }
            }
        }
        return out;
    }

    /**
     * Whether the abbreviation at {@code start}..{@code end} of {@code text} is spelt out beside it, either way round:
     * the easy-read check accepts the same explanations as this rule.
     */
    public static boolean spelledOutBeside(String text, int start, int end) {
        return bracketed(text, start, end) || followedByBrackets(text, end);
    }

    /** "integrated care board (ICB)": the abbreviation is in brackets after its words. */
    private static boolean bracketed(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '(' && closing(text, end) >= 0;
    }

    /** "ICB (integrated care board)": words in brackets straight after it, with a small letter among them. */
    private static boolean followedByBrackets(String text, int end) {
        int at = end < text.length() && text.charAt(end) == 's' ? end + 1 : end;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '(') {
            return false;
        }
        int close = closing(text, at + 1);
        return close >= 0 && text.substring(at + 1, close).chars().anyMatch(Character::isLowerCase);
    }

    /**
     * Where the bracket open before {@code from} closes, or -1 when another opens first or none closes: looked for only as
     * far as the next bracket, so that a text of brackets never closed ("ZZ (a ZZ (a ...") is read once, not once for
     * each abbreviation in it.
     */
    private static int closing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(') {
                return -1;
            }
        }
        return -1;
    }

    /** A word beside another in capitals: a phrase in capitals ("CLOSED ON MONDAYS"), not an abbreviation on its own. */
    private static boolean isWordInCapitals(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return before.matches("(?s).*\\p{Lu}{2,}\\s+$") || after.matches("(?s)^\\s+\\p{Lu}{2,}.*");
    }
}
