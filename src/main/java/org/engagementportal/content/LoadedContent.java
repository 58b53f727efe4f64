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
 */
public record LoadedContent(List<Document> documents, SortedSet<String> staticFiles, SortedSet<String> failed) {

    public LoadedContent {
        documents = List.copyOf(documents);
        staticFiles = Collections.unmodifiableSortedSet(new TreeSet<>(staticFiles));
        failed = Collections.unmodifiableSortedSet(new TreeSet<>(failed));
    }
}
