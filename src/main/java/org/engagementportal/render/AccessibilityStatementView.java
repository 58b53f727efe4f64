package org.engagementportal.render;

import java.util.List;

/**
 * The parts of the accessibility statement the portal writes itself, from what its checks found: the
 * compliance status, the content that is not accessible, how and when the site was tested, the enforcement
 * procedure and when the statement was prepared (the sections of GOV.UK's sample statement).
 *
 * @param fullyCompliant true when a browser audit within the year has been made, no check found anything, and its owner lists
 *                       nothing as not accessible but what the regulations do not cover
 * @param documents      documents that may not work with assistive technology, each with what it lacks
 * @param problems       problems the browser audit found, by rule
 * @param notFixed       what the statement's owner lists as not accessible and not yet fixed
 * @param burden         what its owner lists as a disproportionate burden to fix
 * @param outOfScope     what its owner lists as outside the accessibility regulations
 * @param auditDate      the day of the latest browser audit, or null when there has been none
 * @param auditStale     that audit was a year or more ago
 * @param checks         what the fast rules check on every page, as WCAG success criteria
 * @param dates          when the statement was prepared, last reviewed and will be again, as the model statement says
 *                       them ("This statement was prepared on 1 March 2025. It was last reviewed on ..."), or null
 * @param auditUnreadable a saved audit summary is there but could not be read: say nothing of browser tests
 * @param documentsFail  the sentence naming the criteria a document without title, language and tags fails
 */
public record AccessibilityStatementView(boolean fullyCompliant, List<DocumentGap> documents, List<AuditProblem> problems,
                                         List<Known> notFixed, List<Known> burden, List<Known> outOfScope,
                                         String auditDate, String auditTool, int auditPages, boolean auditStale, List<String> checks,
                                         String standard, String dates, String generated,
                                         boolean auditUnreadable, String documentsFail) {

    /** {@code page}: the page the document is published on, or null for a file only linked from pages' text. */
    public record DocumentGap(DocumentView document, String lacks, Link page) {
    }

    /**
     * {@code pages}: how many pages it was found on, with the noun: "1 page", "3 pages"; {@code criterion}: the WCAG 2.2
     * criterion it fails, named ("1.3.1 Info and Relationships"), or null when unknown or already in its help.
     */
    public record AuditProblem(String rule, String help, String pages, String criterion) {
    }

    /**
     * An item its owner lists: what it is, the sentence naming the criteria it fails ("This fails WCAG 2.2 success criterion
     * 1.2.2 Captions (Prerecorded).", null for none), and when it will be fixed (null if not said).
     */
    public record Known(String problem, String fails, String fixBy) {
    }

    /** Whether anything is listed as not accessible and not out of scope: the statement then lists it. */
    public boolean anyFound() {
        return anyNonCompliance() || !burden.isEmpty();
    }

    /** Whether anything fails and is to be fixed: the model statement's "Non-compliance with the accessibility regulations". */
    public boolean anyNonCompliance() {
        return !documents.isEmpty() || !problems.isEmpty() || !notFixed.isEmpty();
    }
}
