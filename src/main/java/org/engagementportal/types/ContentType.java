package org.engagementportal.types;

import org.engagementportal.content.Details;
import org.engagementportal.generate.PublishedKind;

/**
 * A whole type of content: everything the portal must know about it, most questions abstract so the compiler
 * asks them of a new type, and a few with defaults that suit most types (README, "Adding a type of content", lists
 * them). By stage:
 * <ul>
 *   <li>load ({@link org.engagementportal.content.ContentKind}): id, folder ({@code placement}), fields,
 *       reader, whether it needs text, the dates it is filed and published on, the moments its clock changes
 *       it, its documents, its references to other pages, the run of pages it is in;</li>
 *   <li>assemble ({@link org.engagementportal.site.ListedKind}): its section's listings, its home page block,
 *       its feeds, its place in the header;</li>
 *   <li>render ({@link org.engagementportal.render.ShownKind}): its template, view and card;</li>
 *   <li>generate ({@link PublishedKind}): its calendar entries and feed announcements.</li>
 * </ul>
 * README's "How it is built" walks through adding one.
 */
public interface ContentType<D extends Details> extends PublishedKind<D> {
}
