/**
 * Typed site settings and controlled lists, read from {@code content/_data/}: {@code site.yml} (one record
 * per section, with defaults) and the lists of topics, areas, bulletin series and committees. Unknown keys
 * are errors with suggestions.
 */
package org.engagementportal.config;
