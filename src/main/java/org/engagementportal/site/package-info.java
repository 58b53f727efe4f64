/**
 * Assembling: takes in the loaded documents and site data; gives out the {@link org.engagementportal.site.Site}:
 * every page at its address, variants paired with their pages, references between pages resolved,
 * consultation statuses derived from the build's clock, and every listing planned. Addresses used twice
 * and references to missing pages are reported here.
 */
package org.engagementportal.site;
