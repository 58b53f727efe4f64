/**
 * Serving a built site: a static server for an output folder that applies its {@code _headers} and sends compressed copies
 * (used by {@code portal audit} and the browser tests), and {@code portal serve}'s preview: the watcher of the site's
 * folders ({@code SiteWatcher}), the rebuild on each save, the page reloaded over Server-Sent Events and the box that shows
 * a build's problems ({@code Preview}).
 */
package org.engagementportal.serve;
