package org.engagementportal.content;

/**
 * The fields that only one type of content has: a record per type, read and described by the type's
 * {@link ContentKind}. Not sealed, so a type can be defined outside this package (a site's tests define one).
 */
public interface Details {
}
