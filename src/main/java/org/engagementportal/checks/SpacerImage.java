package org.engagementportal.checks;

import java.util.List;
import java.util.regex.Pattern;

/** A spacer image (a tiny or transparent picture used for layout) has empty alternative text, so it is skipped (F39). */
public final class SpacerImage implements Rule {
    private static final Pattern SPACER = Pattern.compile("(?i)(^|/)(spacer|blank|pixel|transparent|clear|shim|1x1|dot)\\.(gif|png)$");

    public String id() {
        return "spacer-image-alt";
    }

    public String criterion() {
        return "1.1.1 Non-text Content";
    }

    public String failure() {
        return "F39";
    }

    public String why() {
        return "A picture that only makes space should be silent; with alternative text, screen readers read out words "
                + "about nothing between the real content.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img").stream()
                .filter(img -> !img.attr("alt").isBlank() && isSpacer(img.attr("src"), img.attr("width"), img.attr("height")))
                .map(img -> new Finding(id(), img, "the spacer image " + img.attr("src") + " has the text \"" + img.attr("alt")
                        + "\", which is read out though it shows nothing.",
                        "Give it empty alternative text (alt=\"\"), or better, remove it and make the space with the style sheet."))
                .toList();
    }

    static boolean isSpacer(String src, String width, String height) {
        return SPACER.matcher(src.replaceAll("[?#].*$", "")).find() || tiny(width) && tiny(height);
    }

    private static boolean tiny(String size) {
        return size.strip().matches("[0-2](px)?");
    }
}
