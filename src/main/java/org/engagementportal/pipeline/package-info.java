/**
 * The build pipeline: load, assemble, render and generate, publish; each stage named and timed. Used by
 * {@code portal build} (publishes) and {@code portal check} (writes nothing).
 */
package org.engagementportal.pipeline;
