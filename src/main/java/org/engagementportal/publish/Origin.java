package org.engagementportal.publish;

import java.util.Optional;
import org.engagementportal.source.Position;

/**
 * What put a file on the site, for the message when two things would be published at one address: a
 * content file (with the place to report the clash) or one of the portal's own outputs.
 *
 * @param what "content/about.md", "the alias /who-we-are/ in content/about.md", "the portal's sitemap"
 * @param at   where in the content the file comes from, or empty for the portal's own files
 */
public record Origin(String what, Optional<Position> at) {

    /** A file made from content, reported at {@code at}. */
    public static Origin content(String what, Position at) {
        return new Origin(what, Optional.of(at));
    }

    /** One of the portal's own files: "the portal's sitemap". */
    public static Origin portal(String what) {
        return new Origin(what, Optional.empty());
    }

    public boolean fromContent() {
        return at.isPresent();
    }
}
