package org.engagementportal.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementportal.source.Json;
import org.engagementportal.source.XmlText;

/**
 * The audit's reports: {@code pa11y.json} in exactly the shape of {@code pa11y-ci --json}, an HTML report
 * for people grouped by WCAG criterion, then rule, then page, and JUnit XML for CI (one test case per page).
 */
public final class Reports {
    private Reports() {
    }

    /** Writes all three reports into {@code folder}; page addresses become full URLs under {@code base}. */
    public static void write(Path folder, Audit.Result result, String base) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("pa11y.json"), pa11y(result, base), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("index.html"), html(result, base), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("junit.xml"), junit(result, base), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(RULES), rules(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code {total, passes, errors, results: {url: [issue...]}}}, as pa11y-ci writes it: a page within its threshold is a
     * pass, with no results and none of its issues among the errors.
     */
    static String pa11y(Audit.Result r, String base) {
        long passes = r.byPage().keySet().stream().filter(r::passes).count();
        int errors = r.byPage().entrySet().stream().filter(e -> !r.passes(e.getKey())).mapToInt(e -> e.getValue().size()).sum();
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("total", r.byPage().size());
            g.writeNumberField("passes", passes);
            g.writeNumberField("errors", errors);
            g.writeObjectFieldStart("results");
            for (var e : r.byPage().entrySet()) {
                g.writeFieldName(url(base, e.getKey()));
                issues(g, r.withinThreshold().containsKey(e.getKey()) ? List.of() : e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }, "/results", "/results/*");
    }

    /** A page's issues as pa11y writes them: an array, one issue to a line (so written as a block). */
    static void issues(JsonGenerator g, List<Issue> issues) throws IOException {
        g.writeStartArray();
        for (Issue x : issues) {
            g.writeStartObject();
            g.writeStringField("code", x.code());
            g.writeStringField("type", x.type());
            g.writeNumberField("typeCode", x.typeCode());
            g.writeStringField("message", x.message());
            g.writeStringField("context", x.context());
            g.writeStringField("selector", x.selector());
            g.writeStringField("runner", x.runner());
            g.writeFieldName("runnerExtras");
            Json.value(g, x.runnerExtras());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String html(Audit.Result r, String base) {
        // Grouped by WCAG criterion (in the order of WCAG, good practice last), then by rule, then by page.
        Map<String, Map<String, Map<String, List<Issue>>>> byCriterion = new TreeMap<>(Reports::byWcagOrder);
        // A page that could not be checked is no criterion's failure (it was filed under good practice): it comes first.
        Map<String, Issue> notChecked = new TreeMap<>();
        r.byPage().forEach((page, issues) -> issues.forEach(i -> {
            if (i.code().equals(AxeAudit.NOT_CHECKED)) {
                notChecked.put(page, i);
            } else {
                byCriterion.computeIfAbsent(criterionNumber(i), k -> new TreeMap<>())
                        .computeIfAbsent(i.code(), k -> new TreeMap<>()).computeIfAbsent(page, k -> new ArrayList<>()).add(i);
            }
        }));
        Map<String, Long> byType = new TreeMap<>();
        r.byPage().values().forEach(issues -> issues.forEach(i -> byType.merge(i.type(), 1L, Long::sum)));
        StringBuilder b = new StringBuilder(head("Accessibility audit"));
        b.append(String.format(java.util.Locale.UK, "<p>%d pages, %d issues (%d new, not in the baseline): %d errors, %d warnings, %d notices. "
                        + "%d baselined issues are gone. Checked with axe-core and the portal's own rules in %.1f s.</p>\n", r.byPage().size(),
                r.total(), r.newIssues().size(), byType.getOrDefault("error", 0L), byType.getOrDefault("warning", 0L),
                byType.getOrDefault("notice", 0L), r.gone().size(), r.seconds()));
        if (!r.withinThreshold().isEmpty()) {
            b.append("<p>").append(r.withinThreshold().size()).append(r.withinThreshold().size() == 1 ? " page passes" : " pages pass")
                    .append(" with issues, as it has no more than its threshold in the audit's settings; they are listed below "
                            + "all the same, marked \"within its threshold\".</p>\n");
        }
        b.append("<p>An error is a definite failure; a warning is likely to be one and needs a person to decide; a notice is "
                + "something a person should look at.</p>\n");
        if (!notChecked.isEmpty()) {
            b.append("<h2>Pages that could not be checked</h2>\n<p>Each is an error until it is checked: it is tried again at the "
                    + "next audit.</p>\n<ul>\n");
            notChecked.forEach((page, i) -> b.append("<li><a href=\"").append(XmlText.escape(url(base, page))).append("\">")
                    .append(XmlText.escape(page)).append("</a>: ").append(XmlText.escape(i.message())).append("</li>\n"));
            b.append("</ul>\n");
        }
        if (byCriterion.isEmpty() && notChecked.isEmpty()) {
            b.append("<p>No accessibility problems were found.</p>\n");
        }
        for (var criterion : byCriterion.entrySet()) {
            Issue any = criterion.getValue().values().iterator().next().values().iterator().next().get(0);
            b.append("<h2>").append(XmlText.escape(criterionTitle(criterion.getKey(), any))).append("</h2>\n");
            for (var rule : criterion.getValue().entrySet()) {
                Issue first = rule.getValue().values().iterator().next().get(0);
                Map<String, Object> x = first.runnerExtras();
                b.append("<h3>").append(XmlText.escape(rule.getKey())).append(": ").append(XmlText.escape(String.valueOf(x.get("help"))))
                        .append("</h3>\n<p>").append(XmlText.escape(first.type().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                                + first.type().substring(1))).append(". Why it matters: ").append(XmlText.escape(String.valueOf(x.get("description"))))
                        .append(" <a href=\"").append(XmlText.escape(String.valueOf(x.get("helpUrl")))).append("\">How to fix it</a>");
                Object failure = x.get("failure");
                if (failure instanceof String f && !f.isEmpty()) {
                    b.append("; the documented failure <a href=\"https://www.w3.org/WAI/WCAG22/Techniques/failures/").append(f)
                            .append("\">").append(f).append("</a>");
                }
                b.append(".</p>\n");
                for (var page : rule.getValue().entrySet()) {
                    Integer threshold = r.withinThreshold().get(page.getKey());
                    b.append("<h4><a href=\"").append(XmlText.escape(url(base, page.getKey()))).append("\">").append(XmlText.escape(page.getKey()))
                            .append("</a>").append(threshold == null ? "" : " (within its threshold of " + threshold + ")").append("</h4>\n<ul>\n");
                    for (Issue i : page.getValue()) {
                        b.append("<li><code>").append(XmlText.escape(i.selector())).append("</code><pre>").append(XmlText.escape(i.context())).append("</pre>");
                        if ("portal".equals(i.runner())) {
                            b.append("<p>").append(XmlText.escape(i.message())).append("</p>"); // the portal's rules say what to do each time
                        }
                        b.append("</li>\n");
                    }
                    b.append("</ul>\n");
                }
            }
        }
        if (!r.gone().isEmpty()) {
            b.append("<h2>Fixed: remove from the baseline</h2>\n<ul>\n");
            r.gone().forEach(k -> b.append("<li><code>").append(XmlText.escape(k)).append("</code></li>\n"));
            b.append("</ul>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A report page's start, to its main heading. */
    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title + "</title>\n"
                + "<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}"
                + "code,pre{white-space:pre-wrap;word-break:break-all;background:#f0f4f5}</style>\n</head>\n<body>\n<main>\n"
                + "<h1>" + title + "</h1>\n";
    }

    /** The page in the report's folder that explains the portal's own rules, each under its id ({@link Audit#RULES_URL}). */
    static final String RULES = "rules.html";

    /**
     * Each of the portal's own rules: what it checks and why, its criterion, how sure it is, and the documented failure it
     * detects. The report's "How to fix it" links for good practice, which no WCAG page explains, lead here: they named
     * docs/accessibility-rules.md in the portal's repository, a file the report's folder does not have.
     */
    static String rules() {
        StringBuilder b = new StringBuilder(head("The portal's accessibility rules"));
        b.append("<p>What each of the portal's own rules checks and why it matters. axe-core's rules are explained on its own "
                + "pages, linked from the report.</p>\n<h2>Rules that read the page's markup</h2>\n");
        for (org.engagementportal.checks.Rule r : org.engagementportal.checks.FastRules.ALL) {
            rule(b, r.id(), r.criterion(), r.level(), r.failure(), r.why(), "");
        }
        b.append("<h2>Rules that look at the page as the browser shows it</h2>\n");
        for (BrowserRules.Rule r : BrowserRules.ALL) {
            rule(b, r.id(), r.criterion(), r.level(), r.failure(), r.why(), r.fix());
        }
        String id = AxeAudit.NOT_CHECKED.substring("portal.".length());
        b.append("<h2 id=\"").append(id).append("\">A page that could not be checked</h2>\n<p>The audit could not load or check "
                + "the page in time, so nothing is known about its accessibility, and it counts as an error until it is checked. A "
                + "very long page takes longest: split it into shorter pages, or raise <code>timeout</code> in .pa11yci (in "
                + "milliseconds).</p>\n");
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void rule(StringBuilder b, String id, String criterion, org.engagementportal.checks.Level level, String failure,
                             String why, String fix) {
        b.append("<h3 id=\"").append(XmlText.escape(id)).append("\"><code>portal.").append(XmlText.escape(id)).append("</code></h3>\n<p>")
                .append(XmlText.escape(why)).append("</p>\n<ul>\n<li>").append(criterion.equals(org.engagementportal.content.Wcag.BEST_PRACTICE)
                        ? "Good practice, not a WCAG 2.2 success criterion" : "WCAG 2.2 " + XmlText.escape(criterion) + ", level "
                        + org.engagementportal.content.Wcag.level(criterion)).append("</li>\n<li>Reported as ")
                .append(level.name().toLowerCase(java.util.Locale.ROOT)).append(level == org.engagementportal.checks.Level.ERROR
                        ? ": a definite failure" : level == org.engagementportal.checks.Level.WARNING ? ": a person needs to decide"
                        : ": something a person should look at").append("</li>\n");
        if (!failure.isEmpty()) {
            b.append("<li>The documented failure <a href=\"https://www.w3.org/WAI/WCAG22/Techniques/failures/").append(failure)
                    .append("\">").append(failure).append("</a></li>\n");
        }
        b.append("<li>How to fix it: ").append(fix.isEmpty() ? "each finding in the report says, for its element."
                : XmlText.escape(fix)).append("</li>\n");
        b.append("</ul>\n");
    }

    /** The number of an issue's WCAG criterion ("1.4.3"), or "" for good practice that no criterion requires. */
    static String criterionNumber(Issue i) {
        Object c = "axe".equals(i.runner()) ? AxeAudit.CRITERIA.get(i.code()) : i.runnerExtras().get("criterion");
        String number = c == null ? "" : String.valueOf(c).split(" ", 2)[0];
        return number.matches("\\d+\\.\\d+\\.\\d+") ? number : "";
    }

    private static String criterionTitle(String number, Issue any) {
        if (number.isEmpty()) {
            return "Good practice (no WCAG success criterion)";
        }
        Object c = "axe".equals(any.runner()) ? number : any.runnerExtras().get("criterion");
        String full = c == null ? number : String.valueOf(c);
        String level;
        try {
            level = " (level " + org.engagementportal.content.Wcag.level(number) + ")";
        } catch (IllegalArgumentException e) {
            level = ""; // a criterion WCAG 2.2 no longer has (4.1.1), named by an older axe-core rule
        }
        return "WCAG 2.2 " + (full.contains(" ") ? full : number) + level;
    }

    /** WCAG's own order: 1.4.3 before 1.4.10, good practice ("") last. */
    static int byWcagOrder(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int d = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    static String junit(Audit.Result r, String base) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long failing = r.byPage().entrySet().stream().filter(e -> e.getValue().stream().anyMatch(i -> r.newIssues().contains(i.key(e.getKey())))).count();
        b.append("<testsuite name=\"accessibility\" tests=\"").append(r.byPage().size()).append("\" failures=\"").append(failing)
                .append("\" time=\"").append(String.format(java.util.Locale.ROOT, "%.3f", r.seconds())).append("\">\n");
        r.byPage().forEach((page, issues) -> {
            b.append("  <testcase classname=\"axe\" name=\"").append(XmlText.escape(page)).append("\">");
            List<Issue> fresh = issues.stream().filter(i -> r.newIssues().contains(i.key(page))).toList();
            if (!fresh.isEmpty()) {
                b.append("\n    <failure message=\"").append(fresh.size()).append(" accessibility issues\">");
                fresh.forEach(i -> b.append(XmlText.escape(i.code() + " " + i.selector() + ": " + i.message())).append("\n"));
                b.append("</failure>\n  ");
            }
            b.append("</testcase>\n");
        });
        return b.append("</testsuite>\n").toString();
    }

    static String url(String base, String page) {
        return base.replaceAll("/$", "") + page;
    }

}
