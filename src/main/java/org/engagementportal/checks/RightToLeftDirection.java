package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import org.engagementportal.source.Languages;
import org.jsoup.nodes.Element;

/** Text in a right-to-left language (Arabic, Urdu, Farsi, Hebrew...) is marked {@code dir="rtl"}. */
public final class RightToLeftDirection implements Rule {

    public String id() {
        return "rtl-direction";
    }

    public String criterion() {
        return "1.3.2 Meaningful Sequence";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Without dir=\"rtl\", punctuation, numbers and mixed words in right-to-left text are shown in the wrong "
                + "order, so the text reads wrongly for the very people it was translated for.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 2; // 2: a direction counts only as browsers read it (rtl or auto, any case, no spaces)
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        if (page.lang() != null && Languages.rightToLeft(page.lang())) {
            return out; // a page in a right-to-left language sets its direction on <html>, which these rules do not see
        }
        for (Element e : page.main().select("[lang]")) {
            String dir = direction(e);
            if (Languages.rightToLeft(e.attr("lang")) && !e.text().isBlank() && !e.normalName().equals("bdi")
                    && (dir == null || !(dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("auto")))) {
                out.add(new Finding(id(), e, "the text \"" + e.text() + "\" is in a right-to-left language (" + e.attr("lang")
                        + ") but not marked as right to left.", "Add dir=\"rtl\" to the element: <" + e.normalName() + " lang=\""
                        + e.attr("lang") + "\" dir=\"rtl\">."));
            }
        }
        return out;
    }

    /** The direction set on the element or an element around it inside the checked part, or null. */
    private static String direction(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at.hasAttr("dir")) {
                return at.attr("dir");
            }
        }
        return null;
    }
}
