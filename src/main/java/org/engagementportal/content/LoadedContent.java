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
 */
public record LoadedContent(List<Document> documents, SortedSet<String> staticFiles, SortedSet<String> failed,
                            java.util.SortedMap<String, org.engagementportal.attachments.FileFacts> looseDocuments) {

    public LoadedContent {
        documents = List.copyOf(documents);
        staticFiles = Collections.unmodifiableSortedSet(new TreeSet<>(staticFiles));
        failed = Collections.unmodifiableSortedSet(new TreeSet<>(failed));
        looseDocuments = Collections.unmodifiableSortedMap(new java.util.TreeMap<>(looseDocuments));
    }

    /** Content with no PDFs that only the pages' text links to. */
    public LoadedContent(List<Document> documents, SortedSet<String> staticFiles, SortedSet<String> failed) {
        this(documents, staticFiles, failed, new java.util.TreeMap<>());
    }
}
