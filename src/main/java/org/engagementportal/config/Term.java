package org.engagementportal.config;

/**
 * One entry of a controlled list kept in {@code content/_data/}: a topic, an area, a bulletin series or a
 * committee. The id is what content files use; the name is what readers see.
 */
public record Term(String id, String name, String description) {
}
