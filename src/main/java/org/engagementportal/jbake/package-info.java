/**
 * The only package that imports JBake. JBake is used through its seams: its template-engine base class
 * and {@code TemplateModel}, and its configuration's {@code template.<type>.file} mapping of document
 * types to templates. Its OrientDB content store and its per-document renderer are not used: loading and
 * assembling are ours (see {@code content} and {@code site}), which keeps a 10,000-page build linear.
 */
package org.engagementportal.jbake;
