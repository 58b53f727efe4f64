package org.engagementportal.config;

/** Everything read from {@code content/_data/}: site settings, controlled lists and the glossary. */
public record SiteData(SiteConfig site, Vocabulary vocabulary, Glossary glossary) {

    public SiteData(SiteConfig site, Vocabulary vocabulary) {
        this(site, vocabulary, Glossary.empty());
    }
}
