package org.engagementportal.content;

/** A plain page: it has only the common fields. */
public record Page() implements Details {
}
