/**
 * Generators: one class per kind of output (content pages, listings, the 404 page, the sitemap, the A to Z and the search
 * index, feeds and calendars, robots.txt, redirects, {@code _headers}, {@code status-changes.json}, the yearly "you said,
 * we did" pages and their open data, and assets), listed in order in {@code Pipeline.GENERATORS}. Each takes the
 * {@link org.engagementportal.generate.BuildContext} and writes to an {@link org.engagementportal.publish.Output}.
 */
package org.engagementportal.generate;
