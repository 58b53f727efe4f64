package org.engagementportal.preview;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementportal.serve.StaticServer;

/**
 * Which pages a rebuild changed: the addresses of the HTML files whose contents it changed in the preview's
 * folder (added, changed or removed), as the folder itself says ({@code PreviewFolder}), whatever the rebuild
 * rendered again.
 */
final class ChangedPages {
    private ChangedPages() {
    }

    /** The addresses of the HTML pages among the files that changed, sorted. */
    static SortedSet<String> of(Collection<String> files) {
        SortedSet<String> pages = new TreeSet<>();
        for (String file : files) {
            if (file.endsWith(".html")) {
                pages.add(StaticServer.address(file));
            }
        }
        return pages;
    }
}
