/**
 * Rendering: takes in the assembled site; gives out view models (records holding ready-to-show strings,
 * the template boundary) and, through {@link org.engagementportal.render.Templates}, HTML from the
 * Freemarker templates in {@code templates/}.
 */
package org.engagementportal.render;
