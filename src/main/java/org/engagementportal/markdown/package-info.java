/**
 * Markdown to HTML: one flexmark parser and renderer built once and shared, with tables, heading ids,
 * abbreviations, autolinks and typographic quotes. Takes in a content file's Markdown and the site's
 * links; gives out sanitised HTML, with warnings for removed HTML and errors for broken links at their
 * file and line. Also gives the prose of a text from the same parse, for the plain-English checks
 * ({@link org.engagementportal.markdown.Prose}), and changes rendered HTML where it is shown again: headings
 * demoted, links made absolute ({@link org.engagementportal.markdown.RenderedHtml}).
 */
package org.engagementportal.markdown;
