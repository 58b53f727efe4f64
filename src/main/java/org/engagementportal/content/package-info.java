/**
 * The content model and its loader. Takes in the files under {@code content/} and the site data; gives out
 * immutable, validated {@link org.engagementportal.content.Document}s (one record type per kind of content)
 * and the list of static files, with every mistake reported as a problem at its file, line and column.
 */
package org.engagementportal.content;
