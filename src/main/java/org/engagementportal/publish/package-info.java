/**
 * Publishing: generators write into a staging folder beside the output folder (or, for {@code portal check}, nowhere).
 * Only a build without errors changes the output folder: over an earlier build whose manifest it trusts, it moves the
 * files that changed into place one by one, deletes what the build no longer makes and writes the manifest last
 * ({@code StagingFolder.updating}, {@code Publisher}); on a first build, with {@code --no-cache} or without a manifest,
 * it swaps the whole folder in by renaming. A failed build leaves the previous output untouched; one build at a time
 * writes to a folder ({@code OutputLock}). Every output path passes {@code TrackingOutput}, and every text file gets its
 * compressed copies ({@code Precompressed}) and its line in {@code manifest.json}.
 */
package org.engagementportal.publish;
