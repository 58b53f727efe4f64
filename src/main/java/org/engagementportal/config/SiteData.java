package org.engagementportal.config;

/** Everything read from {@code content/_data/}: site settings and controlled lists. */
public record SiteData(SiteConfig site, Vocabulary vocabulary) {
}
