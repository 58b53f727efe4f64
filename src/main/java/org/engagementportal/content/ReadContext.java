package org.engagementportal.content;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Suggest;

/**
 * What a reader needs besides the front matter: the file's place, the site data, the files that exist
 * under {@code content/} (to check attachments) and the build's clock.
 *
 * @param source      "content/consultations/dental.md"
 * @param folder      the file's folder under content/, "consultations" ("" at the top)
 * @param staticFiles every non-Markdown file under content/, as paths under content/
 */
record ReadContext(String source, String folder, SiteData data, Set<String> staticFiles, ZonedDateTime now) {

    Optional<ZonedDateTime> dateTime(Fields f, String key, LocalTime dateOnlyTime, boolean required) {
        return f.dateTime(key, dateOnlyTime, required).map(this::zoned);
    }

    ZonedDateTime zoned(LocalDateTime local) {
        return local.atZone(data.site().timeZone());
    }

    /**
     * An attachment named by a field: a file name beside the content file ("paper.pdf"), or a path from
     * content/ ("/papers/paper.pdf"). A file that does not exist is reported at the line naming it.
     */
    Optional<Attachment> attachment(Fields f, String key, String title) {
        return f.text(key, true).flatMap(name -> {
            String path = name.startsWith("/") ? name.substring(1) : (folder.isEmpty() ? name : folder + "/" + name);
            path = normalise(path);
            if (path == null || !staticFiles.contains(path)) {
                List<String> here = staticFiles.stream()
                        .filter(p -> p.startsWith(folder.isEmpty() ? "" : folder + "/"))
                        .map(p -> p.substring(folder.isEmpty() ? 0 : folder.length() + 1))
                        .filter(p -> !p.contains("/"))
                        .sorted().toList();
                f.error(key, "the file '" + name + "' named here does not exist (looked for content/" + (path == null ? name : path)
                                + ")." + Suggest.didYouMean(name, here),
                        "Put the file in content/" + (folder.isEmpty() ? "" : folder + "/")
                                + " beside this page, or correct its name: it must match exactly, including capital letters.");
                return Optional.empty();
            }
            return Optional.of(new Attachment(title, path, f.at(key)));
        });
    }

    /** Resolves "." and ".." in a path under content/; null if it climbs out. */
    private static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** A venue written as a name alone, or as a group with name, address and access. */
    Optional<Venue> venue(Fields f, String key) {
        if (!f.has(key)) {
            return Optional.empty();
        }
        if (f.node(key).orElseThrow() instanceof org.engagementportal.source.YamlNode.Scalar) {
            return f.text(key, false).map(name -> new Venue(name, Optional.empty(), Optional.empty()));
        }
        return f.group(key, "the 'venue'", List.of("name", "address", "access"))
                .flatMap(v -> v.text("name", true).map(name ->
                        new Venue(name, v.text("address", false), v.text("access", false))));
    }
}
