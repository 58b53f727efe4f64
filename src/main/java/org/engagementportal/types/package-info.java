/**
 * The types of content, one class each: where its files live, its fields and reader, the dates it is filed
 * and listed by, the changes its clock makes, its listings, feeds and home block, its card, view and template,
 * its calendar entries. {@link org.engagementportal.types.ContentTypes#ALL} lists them in the order they are
 * shown. The stages below see only the part they use (content, site, render, generate), so dependencies
 * still run one way.
 */
package org.engagementportal.types;
