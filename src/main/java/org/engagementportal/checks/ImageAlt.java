package org.engagementportal.checks;

import java.util.List;

/**
 * Every picture has alternative text, read out in its place. Empty text marks decoration, which the page
 * frame may use; a picture in text from a content file is there to be seen, so it needs words. Text of spaces
 * only (a space typed between the brackets, or a no-break, wide or zero-width space pasted there) is no words:
 * a screen reader says nothing, or "blank", so it counts as empty.
 */
public final class ImageAlt implements Rule {
    public String id() {
        return "image-alt";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("image-alt", "input-image-alt", "role-img-alt", "svg-img-alt", "area-alt", "object-alt");
    }

    public String criterion() {
        return "1.1.1 Non-text Content";
    }

    public String why() {
        return "Someone who cannot see the picture hears its description instead; without one they hear the file name or nothing.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 2; // 2: text of spaces only is empty
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img").stream()
                .filter(img -> !img.hasAttr("alt") || isBlank(img.attr("alt")) && img.closest(".portal-prose") != null).map(img -> new Finding(id(), img,
                "the picture " + img.attr("src") + " has no description.",
                "Describe it between the square brackets: ![What the picture shows](" + img.attr("src") + ")")).toList();
    }

    /**
     * Whether a picture's description has no words: empty, or spaces only, of any kind (spaces and tabs; the no-break,
     * wide and narrow spaces, U+00A0, U+2000 to U+200A, U+202F, U+3000; and the zero-width space, U+200B). The easy-read
     * check of a picture's description asks the same.
     */
    public static boolean isBlank(String description) {
        for (int i = 0; i < description.length(); i++) {
            char c = description.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b') {
                return false;
            }
        }
        return true;
    }
}
