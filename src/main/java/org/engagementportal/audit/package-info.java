/**
 * The browser audit of a built site ({@code portal audit}): axe-core and the portal's browser rules in Chromium,
 * the fast rules beside them, a baseline of accepted issues, and reports in pa11y-ci's JSON shape, HTML and JUnit.
 * Takes in a folder of HTML and an optional {@code .pa11yci}; gives out issues by page, each an error, warning or
 * notice as in pa11y.
 */
package org.engagementportal.audit;
