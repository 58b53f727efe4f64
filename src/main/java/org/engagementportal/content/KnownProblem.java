package org.engagementportal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Content the accessibility statement's owner knows is not accessible, which no check of the portal's can find (a
 * recording without accurate captions, an online map, a form run by another body): written in
 * {@code content/accessibility.md}'s {@code not_accessible} list, and listed in the statement under the heading the
 * GOV.UK model statement gives its reason.
 *
 * @param problem  what is not accessible and who it affects, in the statement's own words
 * @param criteria the WCAG 2.2 success criteria it fails, by number ("1.2.2"); none for content out of scope
 * @param fixBy    when it will be fixed, if the owner says
 * @param reason   why it is listed: not fixed yet, a disproportionate burden, or outside the regulations
 */
public record KnownProblem(String problem, List<String> criteria, Optional<LocalDate> fixBy, Reason reason) {

    public KnownProblem {
        criteria = List.copyOf(criteria);
    }

    /** Why content is not accessible, as the model statement's headings divide it. */
    public enum Reason {
        /** A failure to be fixed: the site is then partially compliant. */
        NOT_FIXED_YET("not-fixed-yet"),
        /** A failure the body has assessed as a disproportionate burden to fix: the site is still partially compliant. */
        DISPROPORTIONATE_BURDEN("disproportionate-burden"),
        /** Content the regulations exempt (old PDFs not needed for services, live video, third-party content). */
        OUT_OF_SCOPE("out-of-scope");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Map<String, Reason> byId() {
            java.util.Map<String, Reason> out = new java.util.LinkedHashMap<>();
            for (Reason r : values()) {
                out.put(r.id, r);
            }
            return out;
        }
    }
}
