package org.engagementportal.markdown;

import java.util.Collection;
import java.util.Optional;

/**
 * What the Markdown stage needs to know about the site to check and rewrite links: which addresses
 * exist, and how a site path becomes a link on the published site. Implemented by the assembled site.
 */
public interface SiteLinks {

    /**
     * The site path ("/consultations/dental/", "/consultations/dental-plan.pdf") a link written in a
     * content file points to, or empty when it points at nothing on the site.
     *
     * @param folder the content file's folder under content/ ("consultations"), for relative links
     * @param target the link as written, without any #fragment or ?query
     */
    Optional<String> resolve(String folder, String target);

    /** Every site path a link may point to, for "did you mean" suggestions. */
    Collection<String> paths();

    /** The href for a site path on the published site (adds the base path). */
    String href(String sitePath);

    /**
     * The page an old address (an alias in a page's settings) now leads to, with its title, for a link that points to
     * nothing else: "/consultations/dental-services/" and "Dental services". Empty when it is not an old address.
     */
    default Optional<java.util.Map.Entry<String, String>> movedTo(String folder, String target) {
        return Optional.empty();
    }

    /** The file of the draft page a link points to ("content/events/workshop.md"), if it points to one. */
    default Optional<String> draftPage(String folder, String target) {
        return Optional.empty();
    }

    /** The draft page ("content/governing-body/2026-10-22.md") that holds back the file a link points to, if one does. */
    default Optional<String> heldBackBy(String folder, String target) {
        return Optional.empty();
    }
}
