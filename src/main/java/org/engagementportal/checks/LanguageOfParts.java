package org.engagementportal.checks;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Text in another writing system than the page's language sits in an element that says its language: Arabic,
 * Bengali or Chinese script on an English page is read by the English voice otherwise.
 */
public final class LanguageOfParts implements Rule {
    /** Scripts no language written in the Latin alphabet uses for whole words. */
    static final Set<UnicodeScript> FOREIGN = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.HEBREW, UnicodeScript.BENGALI,
            UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.DEVANAGARI, UnicodeScript.TAMIL, UnicodeScript.TELUGU,
            UnicodeScript.KANNADA, UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.HAN,
            UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.CYRILLIC, UnicodeScript.GREEK,
            UnicodeScript.ETHIOPIC, UnicodeScript.ARMENIAN, UnicodeScript.GEORGIAN, UnicodeScript.KHMER, UnicodeScript.LAO,
            UnicodeScript.MYANMAR, UnicodeScript.TIBETAN, UnicodeScript.THAANA);
    /** Languages written in the Latin alphabet, by their two- or three-letter code. */
    static final Set<String> LATIN = Set.of("en", "cy", "gd", "ga", "kw", "fr", "de", "es", "it", "pt", "pl", "ro", "nl", "sv",
            "da", "no", "nb", "nn", "fi", "cs", "sk", "hu", "lt", "lv", "et", "sl", "hr", "sq", "tr", "so", "sw", "yo", "ig", "ha",
            "tl", "vi", "ms", "id", "mt", "is", "ca", "eu", "gl", "af", "zu", "xh");

    public String id() {
        return "language-of-parts";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("valid-lang");
    }

    public String criterion() {
        return "3.1.2 Language of Parts";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen readers switch voice only where the page says the language changes: otherwise words in Arabic, "
                + "Urdu or Bengali are read with the English voice, as nonsense or not at all.";
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
            UnicodeScript script = foreignWord(t.text());
            if (script != null && (org.jsoup.nodes.Node) t.parent() instanceof Element e && isLatin(Markup.lang(e, page))) {
                String name = script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT);
                out.add(new Finding(id(), e, "the words \"" + t.text().strip() + "\" are in " + name + " script, but the page says this text is in "
                                + Markup.lang(e, page) + ".",
                        "Put the words in an element with their language, such as <span lang=\"ur\" dir=\"rtl\">...</span> for Urdu."));
            }
        }
        return out;
    }

    /** The script of the first run of two or more letters in a script other than Latin, or null. */
    static UnicodeScript foreignWord(String text) {
        UnicodeScript run = null;
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                length = 0;
                continue;
            }
            UnicodeScript s = UnicodeScript.of(c);
            if (FOREIGN.contains(s)) {
                length = s == run ? length + 1 : 1;
                run = s;
                if (length >= 2) {
                    return s;
                }
            } else {
                length = 0;
            }
        }
        return null;
    }

    static boolean isLatin(String lang) {
        String primary = lang.toLowerCase(Locale.ROOT).split("-", 2)[0];
        return LATIN.contains(primary) && !lang.toLowerCase(Locale.ROOT).contains("-arab") && !lang.toLowerCase(Locale.ROOT).contains("-cyrl");
    }
}
