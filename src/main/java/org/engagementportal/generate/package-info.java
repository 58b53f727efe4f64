/**
 * Generators: one class per kind of output (content pages, listings, 404 page, sitemap, robots.txt,
 * redirects, assets), found through {@link java.util.ServiceLoader}. Each takes the
 * {@link org.engagementportal.generate.BuildContext} and writes to an {@link org.engagementportal.publish.Output}.
 */
package org.engagementportal.generate;
