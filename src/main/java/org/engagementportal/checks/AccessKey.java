package org.engagementportal.checks;

import java.util.List;
import org.engagementportal.content.Wcag;

/** No access keys: the shortcuts they make clash with those of screen readers and browsers. */
public final class AccessKey implements Rule {
    public String id() {
        return "accesskey";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("accesskeys");
    }

    public String criterion() {
        return Wcag.BEST_PRACTICE;
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "An access key takes over a key combination that screen readers, magnifiers and browsers already use, "
                + "so people who rely on those shortcuts find them doing something else, and nobody is told the key exists.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.main().select("[accesskey]").stream()
                .map(e -> new Finding(id(), e, "the <" + e.normalName() + "> has the access key \"" + e.attr("accesskey") + "\".",
                        "Remove the accesskey attribute; a clear link or heading is found without a shortcut."))
                .toList();
    }
}
