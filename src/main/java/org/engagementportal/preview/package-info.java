/**
 * {@code portal serve}'s preview: the watcher of the site's folders ({@code SiteWatcher}), the rebuild on each save through
 * the pipeline, the pages that changed reloaded over Server-Sent Events ({@code PreviewEvents}), and the box that shows a
 * build's problems ({@code PreviewProblems}). Takes in a site folder; gives out its built pages on a loopback address
 * through {@code serve}'s static server, kept up to date as the site is edited ({@code Preview}).
 */
package org.engagementportal.preview;
