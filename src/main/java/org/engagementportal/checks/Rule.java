package org.engagementportal.checks;

import java.util.List;
import org.engagementportal.content.Wcag;

/**
 * One fast accessibility rule, checked in Java on every page the build makes (no browser). Each rule looks
 * at the page's main content, parsed once by Jsoup, and at its {@code <html>} and {@code <title>}.
 */
public interface Rule {
    /** A stable id, also used in reports ("link-purpose"). */
    String id();

    /**
     * The WCAG 2.2 success criterion it checks, "2.4.4 Link Purpose (In Context)", or {@link Wcag#BEST_PRACTICE}
     * for good practice that no criterion requires. Its level (A, AA, AAA) decides under which {@code standard}
     * the rule is reported.
     */
    String criterion();

    /**
     * How sure its findings are: an {@link Level#ERROR} is a definite failure (the build fails on those at A and
     * AA), a {@link Level#WARNING} needs a person to confirm it, a {@link Level#NOTICE} is something to look at.
     */
    default Level level() {
        return Level.ERROR;
    }

    /**
     * The documented WCAG failure it detects ("F30"), or "" when there is none: the technique a person can read
     * for the reasoning.
     */
    default String failure() {
        return "";
    }

    /** Why it matters, to a person using the page: one or two plain sentences for the reports. */
    String why();

    /** The part of the page it looks at, which decides where the build runs it and where it reports. */
    Scope scope();

    /**
     * The axe-core rules that find the same problem (its criterion aside) on the same element: where axe-core reports one of
     * them there, the audit reports the problem once, as axe-core's. A faint "click here" link is two problems, its contrast
     * (axe-core's) and its words (this rule's), and both are reported. None for a rule axe-core has no match for.
     */
    default java.util.Set<String> axeRules() {
        return java.util.Set.of();
    }

    /**
     * The version of what it finds and says: raise it by one with any change to {@link #check} or to its
     * messages, so audit results cached under the old rule are not used ({@link FastRules#VERSION}).
     */
    int version();

    List<Finding> check(PageUnderTest page);
}
