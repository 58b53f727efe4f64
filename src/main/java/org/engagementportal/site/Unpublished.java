package org.engagementportal.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is under content/ but not on the site for a mistake reported at it ({@link Site#unreadable}), by the addresses
 * it would have had: a page whose settings have a mistake ("/consultations/dental/"), a file refused
 * ("/tools/setup.exe"), and everything in a folder that was not walked ("/BoardPapers/"). A link or a reference to one
 * is not a second mistake: the one at the file or folder is told already, and mending it mends the link.
 */
final class Unpublished {
    private final Set<String> paths = new HashSet<>();
    private final List<String> folders = new ArrayList<>();

    /** @param files paths under content/, a folder's ending with / */
    Unpublished(Collection<String> files) {
        for (String file : files) {
            if (file.endsWith("/")) {
                folders.add("/" + file);
            } else {
                paths.add(file.endsWith(".md") ? Site.addressOfFile(file) : "/" + file);
            }
        }
    }

    /** Whether {@code path} ("/events/drop-in/", "/BoardPapers/agenda.pdf", "/BoardPapers") would have been published but for a mistake. */
    boolean covers(String path) {
        if (paths.contains(path)) {
            return true;
        }
        for (String folder : folders) { // almost always none
            if (path.startsWith(folder) || (path.length() + 1 == folder.length() && folder.startsWith(path))) {
                return true;
            }
        }
        return false;
    }
}
