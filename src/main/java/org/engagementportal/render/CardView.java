package org.engagementportal.render;

import java.util.List;

/**
 * One item of a listing, shown as an NHS.UK card.
 *
 * @param meta short facts shown under the title ("Closes 31 March 2026"), in order
 * @param tag  a status tag, or null
 */
public record CardView(String href, String title, String summary, List<String> meta, TagView tag) {
}
