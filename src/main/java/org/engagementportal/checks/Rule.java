package org.engagementportal.checks;

import java.util.List;

/**
 * One fast accessibility rule, checked in Java on every page the build makes (no browser). Each rule looks
 * at the page's main content, parsed once by Jsoup, and at its {@code <html>} and {@code <title>}.
 */
public interface Rule {
    /** A stable id, also used in reports ("link-purpose"). */
    String id();

    /** The WCAG 2.2 success criterion it checks, "2.4.4 Link Purpose (In Context)". */
    String criterion();

    /** The part of the page it looks at, which decides where the build runs it and where it reports. */
    Scope scope();

    /**
     * The version of what it finds and says: raise it by one with any change to {@link #check} or to its
     * messages, so audit results cached under the old rule are not used ({@link FastRules#VERSION}).
     */
    int version();

    List<Finding> check(PageUnderTest page);
}
