package org.engagementportal.site;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.content.Document;

/**
 * The files beside the pages that a draft's text shows or links to ("![The site plan](closure-map.png)" in
 * content/plans/northam-hospital.md names plans/closure-map.png), so they are held back with it: a picture of a
 * plan not yet announced, or a patient's photograph on a page taken down with draft: true, is not left at an
 * address anyone could guess. Read from the Markdown as written (links, pictures, their references and HTML's src and
 * href), as a draft's text is not rendered for the site; a link in a code example counts too, which at worst holds a
 * file back that no page shows.
 */
final class DraftFiles {
    private static final Pattern TARGET = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>]+)" // [words](target) and ![words](target)
                    + "|(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?([^\\s>]+)" // [name]: target
                    + "|(?i)\\b(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]+)"); // <img src="target">

    private DraftFiles() {
    }

    /** The files under content/ ("plans/closure-map.png") that the draft's text names, of those given. */
    static SortedSet<String> named(Document draft, Set<String> files) {
        SortedSet<String> out = new TreeSet<>();
        String markdown = draft.body().markdown();
        if (markdown.indexOf('(') < 0 && markdown.indexOf(':') < 0 && markdown.indexOf('=') < 0) {
            return out;
        }
        String folder = folderOf(draft.source());
        Matcher m = TARGET.matcher(markdown);
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int cut = indexOfAny(target, "?#");
            target = cut < 0 ? target : target.substring(0, cut);
            if (target.isEmpty() || target.contains(":")) {
                continue; // a page's own section, or an address elsewhere (https:, mailto:)
            }
            String decoded = org.engagementportal.source.Address.decoded(target).orElse(target);
            String raw = decoded.startsWith("/") ? decoded : folder.isEmpty() ? "/" + decoded : "/" + folder + "/" + decoded;
            String path = Links.normalise(raw);
            if (path != null && files.contains(path.substring(1))) {
                out.add(path.substring(1));
            }
        }
        return out;
    }

    /** Whether any of these pages' text gives the file's name ("closure-map.png"), which may be a link to it. */
    static boolean mentioned(String file, Collection<SitePage> pages) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        for (SitePage page : pages) {
            if (page.document().body().markdown().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** "content/plans/northam-hospital.md" is in "plans". */
    private static String folderOf(String source) {
        String rel = source.substring(source.indexOf('/') + 1);
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
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
