package org.engagementportal.checks;

import java.util.List;

/**
 * Every picture has alternative text, read out in its place. Empty text marks decoration, which the page
 * frame may use; a picture in text from a content file is there to be seen, so it needs words.
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
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("img").stream()
                .filter(img -> !img.hasAttr("alt") || img.attr("alt").isEmpty() && img.closest(".portal-prose") != null).map(img -> new Finding(id(), img,
                "the picture " + img.attr("src") + " has no description.",
                "Describe it between the square brackets: ![What the picture shows](" + img.attr("src") + ")")).toList();
    }
}
