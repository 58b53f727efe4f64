/**
 * Publishing: generators write into a staging folder beside the output folder (or, for
 * {@code portal check}, nowhere); only a build without errors replaces the output folder, by renaming.
 * A failed build leaves the previous output untouched.
 */
package org.engagementportal.publish;
