/**
 * Markdown to HTML: one flexmark parser and renderer built once and shared, with tables, heading ids,
 * abbreviations, autolinks and typographic quotes. Takes in a content file's Markdown and the site's
 * links; gives out sanitised HTML, with warnings for removed HTML and errors for broken links at their
 * file and line.
 */
package org.engagementportal.markdown;
