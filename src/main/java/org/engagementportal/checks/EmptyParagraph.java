package org.engagementportal.checks;

import java.util.List;

/** No empty paragraphs used to make space: screen readers announce each one as "blank". */
public final class EmptyParagraph implements Rule {
    public String id() {
        return "empty-paragraph";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen readers stop at every paragraph and say \"blank\" at an empty one, so space made with empty paragraphs "
                + "is heard as a string of interruptions.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 2;
    }

    /**
     * A paragraph a script fills to announce something (a live region, such as the count of search results): empty
     * until then, and not heard as "blank", as screen readers read a live region only when it changes.
     */
    private static boolean isLiveRegion(org.jsoup.nodes.Element p) {
        String role = p.attr("role").trim().toLowerCase(java.util.Locale.ROOT);
        return p.hasAttr("aria-live") || role.equals("status") || role.equals("alert") || role.equals("log");
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("p").stream()
                .filter(p -> p.text().replace('\u00a0', ' ').isBlank() && !isLiveRegion(p)
                        && p.select("img, svg, input, select, textarea, button, iframe, video, audio, object, canvas").isEmpty())
                .map(p -> new Finding(id(), p, "an empty paragraph is used to make space.",
                        "Delete the empty paragraph; the space between paragraphs comes from the site's style."))
                .toList();
    }
}
