package org.engagementportal.checks;

/**
 * The part of a page a rule looks at. It decides which rules the build runs on the text from a content file,
 * which on the page's language and title, and where a finding about the page as a whole is reported.
 */
public enum Scope {
    /**
     * What the page says about itself in its {@code <html lang>} and {@code <title>}, made from the site
     * settings and the content file's front matter. The build checks it on every page without parsing the
     * page; a finding on a page that shows a content file is reported at that file's front matter.
     */
    HEAD,
    /**
     * The page as a whole, such as its single main heading, which the text of a content file never holds
     * (the template shows the title). Checked on whole pages, in {@code portal check} and {@code portal
     * audit}; the build counts the main headings instead of parsing the page. A finding about the page as a
     * whole is reported at the template.
     */
    WHOLE_PAGE,
    /**
     * Markup anywhere on the page, including the text written in a content file. The build checks the HTML
     * made from each content file's Markdown, where pages differ; a finding in that text is reported at the
     * content file and line it comes from.
     */
    TEXT
}
