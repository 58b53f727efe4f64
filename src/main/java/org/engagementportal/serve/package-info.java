/**
 * Serving a built site as the CDN does ({@code StaticServer}): clean addresses, {@code 404.html}, the site's own
 * {@code _headers} ({@code HeaderRules}) and the {@code .br} or {@code .gz} copy a browser accepts. Takes in an output
 * folder; gives out the site on a loopback address. Used by {@code portal audit}, the browser tests and the preview
 * ({@code preview}), which adds its script to each page as it is sent ({@code StaticServer.Previewing}); it knows nothing of
 * how the folder was built.
 */
package org.engagementportal.serve;
