package org.engagementportal.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.ContentKind.Disagreement;
import org.engagementportal.content.Evidence;

/**
 * Where an easy-read or translated version of a consultation says otherwise than its page about how the consultation is
 * run and decided. Each version shows its own settings, in its readers' words; the facts must be the page's. A version
 * that says otherwise is an error: "Substantial change to services: No" where the page says yes, "Equality impact
 * assessment: Not published yet" where the page has one, other numbers of responses, another meeting that decided it. A
 * version that leaves out what only adds to the page (the scrutiny committee's view, the meeting that decided it, the
 * numbers) is a warning: its readers are told less, not something untrue.
 */
final class EvidenceVersions {
    private EvidenceVersions() {
    }

    static List<Disagreement> of(Consultation page, Consultation version) {
        List<Disagreement> found = new ArrayList<>();
        if (page.formal() != version.formal()) {
            found.add(new Disagreement("formal", version.formal() ? "says it is a formal consultation"
                    : "does not say it is a formal consultation", page.formal() ? "does" : "does not",
                    "Write it as the page's file has it:\nformal: " + page.formal()));
        }
        Evidence p = page.evidence();
        Evidence v = version.evidence();
        if (p.substantialVariation() != v.substantialVariation()) {
            found.add(new Disagreement("substantial_variation", "tells its readers the change "
                    + (v.substantialVariation() ? "is" : "is not") + " a substantial change to services",
                    "says it " + (p.substantialVariation() ? "is" : "is not"),
                    "Write it as the page's file has it:\nsubstantial_variation: " + p.substantialVariation()));
        }
        String pageEia = eia(p.eia());
        String ownEia = eia(v.eia());
        if (!pageEia.equals(ownEia)) {
            found.add(new Disagreement("eia", (v.eia().isEmpty() ? "has no 'eia', so its readers are told the equality impact "
                    + "assessment is not published yet" : "has " + ownEia), "has " + pageEia, p.eia().isEmpty()
                    ? "Remove its 'eia' group, as the page's own file has none."
                    : "Give it the page's 'eia' group, as the page's file has it (" + how(p.eia().get()) + ")."));
        }
        p.scrutiny().ifPresent(s -> {
            if (v.scrutiny().isEmpty()) {
                found.add(new Disagreement("scrutiny", "has no 'scrutiny' (the health scrutiny committee's view)",
                        "has it, consulted on " + s.consulted(), "Add the page's 'scrutiny' group with date: " + s.consulted()
                        + ", and the committee's name and view in this version's words.", true));
            } else if (!v.scrutiny().get().consulted().equals(s.consulted())) {
                found.add(new Disagreement("scrutiny", "says the health scrutiny committee was consulted on "
                        + v.scrutiny().get().consulted(), "says " + s.consulted(), "Give it the page's date:\n  date: " + s.consulted()));
            }
        });
        if (p.scrutiny().isEmpty() && v.scrutiny().isPresent()) {
            found.add(new Disagreement("scrutiny", "has a 'scrutiny' group", "has none",
                    "Remove it, or add it to the page's own file first."));
        }
        // The meeting as its address, however each file writes it.
        same("decision", "the meeting that decided it", p.decision().map(EvidenceVersions::decision),
                v.decision().map(EvidenceVersions::decision), found, (pd, vd) -> new String[] {"says it was decided at " + vd, "says " + pd});
        same("responses", "the numbers of responses", p.responses(), v.responses(), found, (pr, vr) -> pr.total() != vr.total()
                ? new String[] {"gives " + vr.total() + " responses in all", "gives " + pr.total()}
                : new String[] {"gives other numbers of responses by how they came in", "gives its own"});
        same("respondents", "the numbers of who responded", p.respondents(), v.respondents(), found, (pr, vr) -> new String[] {
                "gives other numbers of who responded", "gives its own"});
        return found;
    }

    /**
     * What the version says of a fact the page gives as it is: the same, none (a warning), or another (an error, as
     * {@code other} words it: what the version says, and what the page does).
     */
    private static <T> void same(String field, String what, Optional<T> page, Optional<T> version, List<Disagreement> found,
                                 java.util.function.BiFunction<T, T, String[]> other) {
        if (page.equals(version)) {
            return;
        }
        String copy = "Copy the page's '" + field + "' group as it is: the facts are the same in every version, whatever its "
                + "language.";
        if (version.isEmpty()) {
            found.add(new Disagreement(field, "gives no '" + field + "' (" + what + ")", "does", copy, true));
        } else if (page.isEmpty()) {
            found.add(new Disagreement(field, "gives '" + field + "' (" + what + ")", "gives none",
                    "Remove it, or add it to the page's own file first."));
        } else {
            String[] says = other.apply(page.get(), version.get());
            found.add(new Disagreement(field, says[0], says[1], copy));
        }
    }

    private static String decision(Evidence.Decision d) {
        return d.path() + ", item " + d.item();
    }

    private static String eia(Optional<Evidence.Eia> eia) {
        if (eia.isEmpty()) {
            return "no equality impact assessment";
        }
        if (eia.get() instanceof Evidence.Eia.File) {
            return "an equality impact assessment document";
        }
        return eia.get() instanceof Evidence.Eia.Page ? "an equality impact assessment page"
                : "a reason no equality impact assessment was needed";
    }

    private static String how(Evidence.Eia eia) {
        if (eia instanceof Evidence.Eia.File f) {
            String file = f.document().file();
            return "file: " + (file.startsWith("/") ? file : "/" + file);
        }
        return eia instanceof Evidence.Eia.Page pg ? "page: " + pg.written() : "not_needed: and the reason, in this version's words";
    }
}
