/**
 * The fast accessibility rules: one class per rule, each reading a page's markup with Jsoup (no browser).
 * Takes in a generated or built page ({@link org.engagementportal.checks.PageUnderTest}); gives out findings
 * ({@link org.engagementportal.checks.Finding}), each under its rule's WCAG criterion and level of certainty
 * ({@link org.engagementportal.checks.Level}). The build reports the definite failures of WCAG A and AA
 * ({@link org.engagementportal.checks.FastRules#BUILD}) as errors at the content file and line; the audit reports
 * every rule at the levels and standard asked for. docs/accessibility-rules.md lists them all.
 */
package org.engagementportal.checks;
