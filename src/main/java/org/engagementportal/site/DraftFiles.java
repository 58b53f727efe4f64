package org.engagementportal.site;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.content.Document;

/**
 * The files beside the pages that a page's text shows or links to ("![The site plan](closure-map.png)" in
 * content/plans/northam-hospital.md names plans/closure-map.png), so that those a draft shows are held back with it: a
 * picture of a plan not yet announced, or a patient's photograph on a page taken down with draft: true, is not left at
 * an address anyone could guess. Read from the Markdown as written (links and pictures, with their addresses in angle
 * brackets or with brackets inside, their references, and HTML's src and href), as a draft's text is not rendered for the
 * site; a link in a code example counts too, which at worst holds back a file no page shows, or publishes one a page's
 * example names.
 */
final class DraftFiles {
    private static final Pattern TARGET = Pattern.compile(
            "\\]\\(\\s*<([^>\\n]+)>" // [words](<target with spaces>)
                    + "|\\]\\(\\s*([^\\s()<]+(?:\\([^\\s()]*\\)[^\\s()]*)*)" // [words](target), brackets inside: photo(1).png
                    + "|(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*(?:<([^>\\n]+)>|(\\S+))" // [name]: target
                    + "|(?i)\\b(?:src|href)\\s*=\\s*(?:\"([^\"]+)\"|'([^']+)'|([^\\s>]+))"); // <img src="target">

    private DraftFiles() {
    }

    /** The files under content/ ("plans/closure-map.png") that the document's text names, of those given. */
    static SortedSet<String> named(Document doc, Set<String> files) {
        SortedSet<String> out = new TreeSet<>();
        String markdown = doc.body().markdown();
        if (markdown.indexOf('(') < 0 && markdown.indexOf(':') < 0 && markdown.indexOf('=') < 0) {
            return out;
        }
        String folder = doc.folder();
        Matcher m = TARGET.matcher(markdown);
        while (m.find()) {
            String target = null;
            for (int g = 1; g <= m.groupCount() && target == null; g++) {
                target = m.group(g);
            }
            int cut = indexOfAny(target, "?#");
            target = (cut < 0 ? target : target.substring(0, cut)).strip();
            if (target.isEmpty() || target.contains(":")) {
                continue; // a page's own section, or an address elsewhere (https:, mailto:)
            }
            String path = Links.sitePath(folder, org.engagementportal.source.Address.decoded(target).orElse(target));
            if (path != null && files.contains(path.substring(1))) {
                out.add(path.substring(1));
            }
        }
        return out;
    }

    /**
     * Of {@code files} (shown by drafts), those the text of one of {@code pages} shows or links to as well. Only a page whose
     * text gives one of their names is read for its links: most give none, and the pages are looked at once.
     */
    static Set<String> shownBy(Collection<SitePage> pages, Set<String> files) {
        Set<String> shown = new HashSet<>();
        if (files.isEmpty()) {
            return shown;
        }
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(nameOf(f)));
        for (SitePage page : pages) {
            String markdown = page.document().body().markdown();
            // A few names are looked for first; many, and each page's links are read at once.
            if (names.size() > FEW || names.stream().anyMatch(markdown::contains)) {
                named(page.document(), files).forEach(shown::add);
            }
        }
        return shown;
    }

    private static final int FEW = 8;

    /** "closure-map.png" of "plans/closure-map.png". */
    static String nameOf(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }


    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
