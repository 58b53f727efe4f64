package org.engagementportal.publish;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed between two builds, file by file, from their manifests: what to upload, what to delete, and
 * which pages a reviewer should look at. The compressed copies ({@code .gz}, {@code .br}) go with their file.
 *
 * @param added   files only in the newer build
 * @param changed files in both whose SHA-256 differs
 * @param removed files only in the older build
 */
public record Changes(SortedSet<String> added, SortedSet<String> changed, SortedSet<String> removed) {

    /** The changes from the build (or manifest.json) {@code before} to {@code after}. */
    public static Changes between(Path before, Path after) {
        return between(Manifest.files(before), Manifest.files(after));
    }

    static Changes between(Map<String, String> before, Map<String, String> after) {
        SortedSet<String> added = new TreeSet<>();
        SortedSet<String> changed = new TreeSet<>();
        SortedSet<String> removed = new TreeSet<>();
        after.forEach((path, sha) -> {
            String old = before.get(path);
            if (old == null) {
                added.add(path);
            } else if (!old.equals(sha)) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(removed::add);
        return new Changes(added, changed, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** The pages among {@code files}, by address: /about/index.html is /about/, 404.html stays itself. */
    public static SortedSet<String> pages(SortedSet<String> files) {
        SortedSet<String> pages = new TreeSet<>();
        for (String f : files) {
            if (f.endsWith("/index.html")) {
                pages.add(f.substring(0, f.length() - "index.html".length()));
            } else if (f.endsWith(".html")) {
                pages.add(f);
            }
        }
        return pages;
    }
}
