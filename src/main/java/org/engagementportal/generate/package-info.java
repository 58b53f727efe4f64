/**
 * Generators: one class per kind of output (content pages, listings, 404 page, sitemap, the A to Z and search index, robots.txt,
 * redirects, assets), listed in order in {@code Pipeline.GENERATORS}. Each takes the
 * {@link org.engagementportal.generate.BuildContext} and writes to an {@link org.engagementportal.publish.Output}.
 */
package org.engagementportal.generate;
