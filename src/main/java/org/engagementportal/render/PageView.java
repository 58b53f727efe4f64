package org.engagementportal.render;

import java.util.List;

/**
 * A content page as its template sees it.
 *
 * @param type      the content type, "consultation"
 * @param body      the page's text as sanitised HTML
 * @param contents  the page's section headings, for a contents list
 * @param original  for an easy-read or translated version, the link back to the original; else null
 * @param published the date shown as the page's publication date ("3 March 2026"), or null
 * @param details   the type's own view: {@link ConsultationView}, {@link MeetingView}, {@link BulletinView},
 *                  {@link EventView}, {@link StatementView}, or null for a page
 * @param accessibilityStatement on the accessibility statement (the page at /accessibility/, in its original
 *                  language), the sections the portal writes from its checks; null on every other page
 * @param children  for a folder's index page, the pages in the folder
 * @param behind    for an easy-read or translated version last checked before its page was changed, what readers are
 *                  told of it; else null
 */
public record PageView(LayoutView layout, String type, String title, String summary, String body,
                       List<Link> contents, Link original, String published, List<Link> topics, List<Link> areas,
                       Object details, AccessibilityStatementView accessibilityStatement, List<CardView> children,
                       Behind behind) {

    /**
     * That the page a version is of was changed (its {@code updated}; a {@code reviewed} date says only that it was checked)
     * after the version was last changed or checked ({@code updated}, or {@code reviewed}), with a link to it. The build warns its writers; this tells its readers, who cannot otherwise know that what they
     * read may be out of date.
     *
     * @param text "The English page was changed on 20 November 2026, after this translation was last checked, so it may
     *             not have the changes."
     * @param link to the page
     */
    public record Behind(String text, Link link) {
    }
}
