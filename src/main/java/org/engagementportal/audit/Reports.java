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
 * for people grouped by rule and then page, and JUnit XML for CI (one test case per page).
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {total, passes, errors, results: {url: [issue...]}}}, as pa11y-ci writes it. */
    static String pa11y(Audit.Result r, String base) {
        long passes = r.byPage().values().stream().filter(List::isEmpty).count();
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("total", r.byPage().size());
            g.writeNumberField("passes", passes);
            g.writeNumberField("errors", r.total());
            g.writeObjectFieldStart("results");
            for (var e : r.byPage().entrySet()) {
                g.writeFieldName(url(base, e.getKey()));
                issues(g, e.getValue());
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
        Map<String, Map<String, List<Issue>>> byRule = new TreeMap<>();
        r.byPage().forEach((page, issues) -> issues.forEach(i ->
                byRule.computeIfAbsent(i.code(), k -> new TreeMap<>()).computeIfAbsent(page, k -> new ArrayList<>()).add(i)));
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Accessibility audit</title>\n"
                + "<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}"
                + "code,pre{white-space:pre-wrap;word-break:break-all;background:#f0f4f5}</style>\n</head>\n<body>\n<main>\n"
                + "<h1>Accessibility audit</h1>\n");
        b.append(String.format(java.util.Locale.UK, "<p>%d pages, %d issues (%d new, not in the baseline). %d baselined issues are gone. "
                        + "Checked with axe-core against WCAG 2.2 A and AA in %.1f s.</p>\n", r.byPage().size(), r.total(),
                r.newIssues().size(), r.gone().size(), r.seconds()));
        if (byRule.isEmpty()) {
            b.append("<p>No accessibility problems were found.</p>\n");
        }
        for (var rule : byRule.entrySet()) {
            Issue first = rule.getValue().values().iterator().next().get(0);
            b.append("<h2>").append(XmlText.escape(rule.getKey())).append(": ").append(XmlText.escape(String.valueOf(first.runnerExtras().get("help")))).append("</h2>\n")
                    .append("<p>Why it matters: ").append(XmlText.escape(String.valueOf(first.runnerExtras().get("description"))))
                    .append(" <a href=\"").append(XmlText.escape(String.valueOf(first.runnerExtras().get("helpUrl")))).append("\">How to fix it</a>.</p>\n");
            for (var page : rule.getValue().entrySet()) {
                b.append("<h3><a href=\"").append(XmlText.escape(url(base, page.getKey()))).append("\">").append(XmlText.escape(page.getKey())).append("</a></h3>\n<ul>\n");
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
        if (!r.gone().isEmpty()) {
            b.append("<h2>Fixed: remove from the baseline</h2>\n<ul>\n");
            r.gone().forEach(k -> b.append("<li><code>").append(XmlText.escape(k)).append("</code></li>\n"));
            b.append("</ul>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
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
