/**
 * The {@code portal} command line: sub-commands, options, how problems are printed, and exit codes
 * (0 success, 1 content problems, 2 wrong usage, 3 internal failure).
 */
package org.engagementportal.cli;
