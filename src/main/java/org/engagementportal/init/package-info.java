/**
 * A new site repository, as {@code portal init} makes it: takes the body's name, address, time zone and
 * contact email, the clock and the portal version to pin; gives the files of a repository that passes
 * {@code portal check}, builds and audits with no issue as it is. The text of its pages, workflows and notes is
 * in {@code src/main/resources/init/}; the starter examples of each type are the ones {@code portal new}
 * writes ({@code ContentType.starter}), marked as drafts.
 */
package org.engagementportal.init;
