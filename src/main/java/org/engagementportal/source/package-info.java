/**
 * What was read and where: source text decoded strictly as UTF-8 with line positions, YAML read into
 * nodes that keep their positions, typed field readers, and the {@link org.engagementportal.source.Problem}s
 * every stage reports in {@code file:line:col} form, and the JSON the portal writes and reads
 * ({@link org.engagementportal.source.Json}), and {@link org.engagementportal.source.Parallel}, how a stage shares
 * its items out to the build's threads. Every other package depends on this one; it depends
 * on nothing of ours.
 */
package org.engagementportal.source;
