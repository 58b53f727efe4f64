package org.engagementportal.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementportal.source.Problem;

/**
 * The problems of the latest build, as the preview shows them ({@code /_portal/problems.json?page=/about/}):
 * every error on every page (the build published nothing, so each page is the last good one, with the errors
 * over it), and on each page the warnings about the files it is made from. Warnings about no page in
 * particular (a data file, a picture, the site as a whole) are shown on the home page.
 */
final class PreviewProblems {
    /** As many errors as the terminal report shows. */
    static final int LIMIT = 50;
    static final String HOME = "/";

    static final PreviewProblems NONE = new PreviewProblems(List.of(), 0, Map.of(), p -> {
        throw new IllegalStateException("no problems to word");
    });

    private final List<ShownProblem> errors;
    private final int errorsNotShown;
    private final Map<String, List<Problem>> warningsByPage;
    private final ShownProblem.Words words;
    /** Each page's warnings as shown, worded when the page first asks for them (most pages are never asked). */
    private final Map<String, List<ShownProblem>> shown = new java.util.concurrent.ConcurrentHashMap<>();

    private PreviewProblems(List<ShownProblem> errors, int errorsNotShown, Map<String, List<Problem>> warningsByPage,
                            ShownProblem.Words words) {
        this.errors = errors;
        this.errorsNotShown = errorsNotShown;
        this.warningsByPage = warningsByPage;
        this.words = words;
    }

    /**
     * @param problems  the build's, sorted
     * @param addresses each content file and the addresses of its pages ({@code Pipeline.Result.addresses})
     */
    static PreviewProblems of(List<Problem> problems, Map<String, List<String>> addresses, ShownProblem.Words words) {
        List<ShownProblem> errors = new ArrayList<>();
        int notShown = 0;
        Map<String, List<Problem>> warnings = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.isError()) {
                if (errors.size() < LIMIT) {
                    errors.add(words.of(p));
                } else {
                    notShown++;
                }
            } else {
                for (String page : addresses.getOrDefault(p.position().file(), List.of(HOME))) {
                    warnings.computeIfAbsent(page, k -> new ArrayList<>()).add(p);
                }
            }
        }
        return new PreviewProblems(List.copyOf(errors), notShown, warnings, words);
    }

    /** The portal itself failed while rebuilding (a bug, or the disk): said on every page like an error. */
    static PreviewProblems failure(String message) {
        return new PreviewProblems(List.of(new ShownProblem("the portal failed unexpectedly while rebuilding the site: " + message, "",
                "Fix: this is a problem in the portal itself, not in your content. Save a file to try again; the details "
                        + "are in the terminal.")), 0, Map.of(), NONE.words);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** {@code {"errors": [...], "errorsNotShown": 0, "warnings": [...]}}, the warnings being those of {@code page}. */
    String json(String page) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("errors", errors.stream().map(ShownProblem::fields).toList());
        fields.put("errorsNotShown", errorsNotShown);
        List<ShownProblem> warnings = shown.computeIfAbsent(page, p -> warningsByPage.getOrDefault(p, List.of()).stream()
                .map(words::of).toList());
        fields.put("warnings", warnings.stream().map(ShownProblem::fields).toList());
        return org.engagementportal.source.Json.compact(fields) + "\n";
    }
}
