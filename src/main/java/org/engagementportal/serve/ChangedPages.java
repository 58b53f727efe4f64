package org.engagementportal.serve;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

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
                pages.add(address(file));
            }
        }
        return pages;
    }

    /**
     * A page's address from its file's path in the output: {@code /about/index.html} is {@code /about/},
     * {@code /index.html} is {@code /}, any other file ({@code /404.html}) its own path.
     */
    static String address(String file) {
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }
}
