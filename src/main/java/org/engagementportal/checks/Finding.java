package org.engagementportal.checks;

import org.jsoup.nodes.Element;

/**
 * What a rule found: the element (null for the page as a whole), what is wrong and how to fix it, in words
 * the person who wrote the content can act on.
 */
public record Finding(String rule, Element element, String message, String fix) {
}
