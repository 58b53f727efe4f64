package org.engagementportal.render;

import java.util.List;

/**
 * The parts of the accessibility statement the portal writes itself, from what its checks found: the
 * compliance status, the content that is not accessible, how and when the site was tested, the enforcement
 * procedure and when the statement was prepared (the sections of GOV.UK's sample statement).
 *
 * @param fullyCompliant true when a browser audit has been made and no check found anything
 * @param documents      documents that may not work with assistive technology, each with what it lacks
 * @param problems       problems the browser audit found, by rule
 * @param auditDate      the day of the latest browser audit, or null when there has been none
 * @param checks         what the fast rules check on every page, as WCAG success criteria
 * @param auditUnreadable a saved audit summary is there but could not be read: say nothing of browser tests
 */
public record AccessibilityStatementView(boolean fullyCompliant, List<DocumentGap> documents, List<AuditProblem> problems,
                                         String auditDate, String auditTool, int auditPages, List<String> checks,
                                         String standard, String prepared, String generated, boolean auditUnreadable) {

    public record DocumentGap(DocumentView document, String lacks) {
    }

    /** {@code pages}: how many pages it was found on, with the noun: "1 page", "3 pages". */
    public record AuditProblem(String rule, String help, String pages) {
    }
}
