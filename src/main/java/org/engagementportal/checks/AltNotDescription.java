package org.engagementportal.checks;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A picture's alternative text is a description, not its file name or a placeholder word (F30). */
public final class AltNotDescription implements Rule {
    private static final Pattern FILE = Pattern.compile("(?i)^[^\\s/]*[\\w-]\\.(png|jpe?g|gif|svg|webp|bmp|tiff?|avif|heic)$|"
            + "^(?i:img|dsc|dscn|dcim|pxl|screenshot)[ _-]?\\d[\\w.-]*$");
    static final Set<String> PLACEHOLDERS = Set.of("image", "picture", "photo", "photograph", "graphic", "img", "alt", "alt text",
            "spacer", "blank", "untitled", "icon", "figure", "pic", "placeholder", "insert alt text", "*", "-", "image description");

    public String id() {
        return "alt-not-description";
    }

    public String criterion() {
        return "1.1.1 Non-text Content";
    }

    public String failure() {
        return "F30";
    }

    public String why() {
        return "Someone who cannot see the picture hears its alternative text in its place: a file name such as IMG_2041.jpg "
                + "or a word such as \"image\" tells them nothing about what it shows.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img", "area", "input").stream()
                .filter(e -> !e.normalName().equals("input") || e.attr("type").equalsIgnoreCase("image"))
                .filter(e -> e.hasAttr("alt") && isNotADescription(e.attr("alt")))
                .map(e -> new Finding(id(), e, "the picture " + e.attr("src") + " is described as \"" + e.attr("alt")
                        + "\", which is a file name or a placeholder, not what it shows.",
                        "Write what the picture shows between the square brackets: ![A map of the new clinic](" + e.attr("src") + ")"))
                .toList();
    }

    static boolean isNotADescription(String alt) {
        String a = alt.strip();
        return !a.isEmpty() && (FILE.matcher(a).matches() || PLACEHOLDERS.contains(Markup.normal(a)) || PLACEHOLDERS.contains(a));
    }
}
