package org.engagementportal.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Colour set in the markup comes with its background, and a background with its text colour (F24): with only one,
 * a person's own colour settings can leave text unreadable.
 */
public final class ColourWithoutBackground implements Rule {
    private static final Pattern COLOUR = Pattern.compile("(^|;)\\s*color\\s*:\\s*(?!inherit|initial|unset|currentcolor)[^;]+");
    private static final Pattern BACKGROUND = Pattern.compile("(^|;)\\s*background(-color)?\\s*:\\s*(?!inherit|initial|unset|none|transparent)[^;]+");

    public String id() {
        return "colour-without-background";
    }

    public String criterion() {
        return "1.4.3 Contrast (Minimum)";
    }

    public String failure() {
        return "F24";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "People with low vision or dyslexia often set their own text and background colours; a text colour fixed "
                + "without its background (or the other way round) can end up dark on dark or light on light for them.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.main().select("[style], font[color], [bgcolor], [text]").stream()
                .filter(e -> e != page.main() && onlyOne(e))
                .map(e -> new Finding(id(), e, "the <" + e.normalName() + "> sets " + (colour(e) ? "a text colour without a background colour"
                                : "a background colour without a text colour") + " in its own markup.",
                        "Remove the colour from the markup and let the site's style set it; if it must stay, set both the text and the background colour."))
                .toList();
    }

    private static boolean onlyOne(Element e) {
        return colour(e) != background(e);
    }

    private static boolean colour(Element e) {
        return COLOUR.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find() || e.normalName().equals("font") && e.hasAttr("color")
                || e.hasAttr("text");
    }

    private static boolean background(Element e) {
        return BACKGROUND.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find() || e.hasAttr("bgcolor");
    }
}
