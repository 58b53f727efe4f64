package org.engagementportal.config;

/**
 * site.yml's {@code image}: the picture social networks show when a page of the site is shared, and its
 * alternative text.
 *
 * @param path the picture's site path ("/pictures/share.png"), a file under content/
 */
public record ShareImage(String path, String alt) {
}
