package org.engagementportal.checks;

import java.util.List;

/** Audio and video do not start by themselves without controls to stop them. */
public final class AutoplayMedia implements Rule {
    public String id() {
        return "autoplay-media";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("no-autoplay-audio");
    }

    public String criterion() {
        return "2.2.2 Pause, Stop, Hide";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Sound that starts by itself drowns out a screen reader, and moving pictures distract people with attention "
                + "or vestibular conditions; without controls they cannot stop it.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("audio", "video").stream()
                .filter(m -> m.hasAttr("autoplay") && !m.hasAttr("controls"))
                .map(m -> new Finding(id(), m, "the " + m.normalName() + " " + m.attr("src") + " plays by itself and has no controls to stop it.",
                        "Remove autoplay, or add controls so people can pause it."))
                .toList();
    }
}
