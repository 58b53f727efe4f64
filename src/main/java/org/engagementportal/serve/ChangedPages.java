package org.engagementportal.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementportal.publish.Manifest;

/**
 * Which pages a rebuild changed, from the output's {@code manifest.json} before and after it: every HTML page
 * whose SHA-256 changed, or that was added or removed. This holds however the rebuild works inside (all of
 * it again, or only what changed), as only what it published is compared.
 */
final class ChangedPages {
    private ChangedPages() {
    }

    /** The output's files and their hashes, as its manifest lists them (none when it has not been built). */
    static Map<String, String> snapshot(Path output) {
        return Manifest.hashes(output);
    }

    /** The addresses of the HTML pages that differ between two snapshots, sorted. */
    static SortedSet<String> between(Map<String, String> before, Map<String, String> after) {
        Set<String> files = new HashSet<>(before.keySet());
        files.addAll(after.keySet());
        SortedSet<String> pages = new TreeSet<>();
        for (String file : files) {
            if (file.endsWith(".html") && !java.util.Objects.equals(before.get(file), after.get(file))) {
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
