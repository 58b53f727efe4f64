package org.engagementportal.content;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the loader found under {@code content/}.
 *
 * @param documents   every Markdown file that was read without errors, sorted by path
 * @param staticFiles every other file, as paths under content/, sorted
 * @param failed      Markdown files (paths under content/) that could not be read because of mistakes;
 *                    links to them are not reported as broken, since the mistake is reported already
 * @param looseDocuments PDFs no page names as a document (the pages' text may link to them) that are not fully
 *                    accessible, by path under content/, for the accessibility statement
 * @param unreadTexts the text below the front matter of the {@code failed} files that have one, by file: not published,
 *                    but checked all the same ({@link Text}), sorted by file
 * @param refused     what else is there but not published, each for a mistake reported at it: files (paths under
 *                    content/, "tools/setup.exe") and folders ("Board Papers/", ending with /). As with {@code failed},
 *                    links to them are not reported again as links to nothing
 */
public record LoadedContent(List<Document> documents, SortedSet<String> staticFiles, SortedSet<String> failed,
                            java.util.SortedMap<String, org.engagementportal.attachments.FileFacts> looseDocuments,
                            List<Text> unreadTexts, SortedSet<String> refused) {

    public LoadedContent {
        documents = List.copyOf(documents);
        staticFiles = Collections.unmodifiableSortedSet(new TreeSet<>(staticFiles));
        failed = Collections.unmodifiableSortedSet(new TreeSet<>(failed));
        looseDocuments = Collections.unmodifiableSortedMap(new java.util.TreeMap<>(looseDocuments));
        unreadTexts = unreadTexts.stream().sorted(java.util.Comparator.comparing(Text::source)).toList();
        refused = Collections.unmodifiableSortedSet(new TreeSet<>(refused));
    }

    /** Content with no PDFs that only the pages' text links to. */
    public LoadedContent(List<Document> documents, SortedSet<String> staticFiles, SortedSet<String> failed) {
        this(documents, staticFiles, failed, new java.util.TreeMap<>(), List.of(), new TreeSet<>());
    }

    /** Everything under content/ that is there but not published for a mistake reported at it: {@code failed} and {@code refused}. */
    public SortedSet<String> unpublished() {
        if (refused.isEmpty()) {
            return failed;
        }
        TreeSet<String> all = new TreeSet<>(failed);
        all.addAll(refused);
        return Collections.unmodifiableSortedSet(all);
    }

    /**
     * The text of a file whose settings have a mistake, so that it could not be read as a page: its links, pictures and
     * headings are checked anyway, so a comms officer is told of every mistake in the file in one run, not of the text's
     * only once the settings are mended (one pull request's round trip each).
     *
     * @param source    the content file, "content/consultations/dental.md"
     * @param folder    its folder under content/, for relative links
     * @param firstLine the file line the text starts on
     */
    public record Text(String source, String folder, int firstLine, String markdown) {
    }
}
