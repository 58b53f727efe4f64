package org.engagementportal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagementportal.content.Wcag;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Json;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;
import org.engagementportal.source.Yaml;
import org.engagementportal.source.YamlNode;

/**
 * What the latest browser audit found, kept in the site folder ({@code .a11y-audit.json}, committed like the
 * baseline) so every build can write the accessibility statement from it: when it ran, with what, over how
 * many pages, and each rule that found failures (not warnings or notices) with how many pages it affects. Written only
 * by an audit of every page at level AA or above, which is what the statement says was done.
 */
public record AuditSummary(LocalDate date, int pages, String tool, List<RuleSummary> rules) {
    public static final String FILE = ".a11y-audit.json";

    /**
     * A rule that found failures: its code, its help text, how many pages it failed on, and the WCAG 2.2 success
     * criterion it tests by number ("1.4.3"), which the statement names; "" for a summary saved before it was kept, for
     * a rule the audit does not know the criterion of.
     */
    public record RuleSummary(String code, String help, int pages, String criterion) {
    }

    /**
     * Whether an audit is too old for the statement to rest a claim on: a year before {@code today} or more. Statements
     * are reviewed each year, and the pages have changed since.
     */
    public static boolean stale(LocalDate audited, LocalDate today) {
        return !audited.plusYears(1).isAfter(today);
    }

    public static AuditSummary of(Audit.Result result, LocalDate date, String tool) {
        Map<String, String> help = new TreeMap<>();
        Map<String, String> criteria = new TreeMap<>();
        Map<String, Integer> pages = new TreeMap<>();
        // Failures only: a warning or a notice is for a person to decide on, not a failure the statement may declare; and
        // failures of WCAG at A or AA only, which is what the statement says the site was tested against (an audit at AAA
        // declared its enhanced contrast as the site's non-compliance with AA).
        result.byPage().forEach((page, issues) -> issues.stream().filter(i -> i.type().equals("error") && withinAa(i)).map(Issue::code)
                .distinct().forEach(code -> {
            pages.merge(code, 1, Integer::sum);
            help.putIfAbsent(code, issues.stream().filter(i -> i.code().equals(code)).findFirst()
                    .map(i -> String.valueOf(i.runnerExtras().get("help"))).orElse(code));
            criteria.putIfAbsent(code, issues.stream().filter(i -> i.code().equals(code)).findFirst()
                    .map(Reports::criterionNumber).orElse(""));
        }));
        List<RuleSummary> rules = new ArrayList<>();
        pages.forEach((code, n) -> rules.add(new RuleSummary(code, help.get(code), n, criteria.get(code))));
        return new AuditSummary(date, result.byPage().size(), tool, rules);
    }

    /** Whether an issue is a failure of a WCAG 2.2 success criterion at level A or AA. */
    static boolean withinAa(Issue i) {
        String criterion = Reports.criterionNumber(i);
        if (criterion.isEmpty()) {
            return false; // good practice, which no criterion requires
        }
        try {
            return !Wcag.level(criterion).equals("AAA");
        } catch (IllegalArgumentException e) {
            return false; // a criterion WCAG 2.2 no longer has (4.1.1)
        }
    }

    public void write(Path file) {
        String json = Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("date", date.toString());
            g.writeNumberField("pages", pages);
            g.writeStringField("tool", tool);
            g.writeArrayFieldStart("rules");
            for (RuleSummary r : rules) {
                g.writeStartObject();
                g.writeStringField("code", r.code());
                g.writeStringField("help", r.help());
                g.writeNumberField("pages", r.pages());
                g.writeStringField("criterion", r.criterion());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, "/rules");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The summary as a build finds it in the site folder.
     *
     * @param summary    the summary, when an audit saved one that can be read
     * @param unreadable a summary file is there but cannot be used (a warning has said why): the statement must
     *                   not claim the site was never tested
     */
    public record Saved(Optional<AuditSummary> summary, boolean unreadable) {
        public static Saved none() {
            return new Saved(Optional.empty(), false);
        }
    }

    private static final String FIX = "The file is written by portal audit: run portal audit on the built site again to "
            + "write it afresh, or undo the change to it in your pull request. Until then the accessibility statement "
            + "says nothing about testing in a web browser.";

    /**
     * The summary in {@code site}, if an audit has written one. A file that cannot be used (cut short, edited by
     * hand, the wrong kind of value) is a warning at its line and column, not a site that was never tested.
     */
    public static Saved read(Path site, LocalDate today, Problems problems) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Saved.none();
        }
        Problems found = new Problems();
        Optional<AuditSummary> summary = Optional.empty();
        try {
            if (Files.size(file) > Limits.YAML_BYTES) {
                found.error(Position.file(FILE), "it is " + Limits.describe(Files.size(file)) + ", far more than an audit "
                        + "summary, which is a few KB.", "");
            } else {
                summary = SourceText.decode(FILE, Files.readAllBytes(file), found).flatMap(text -> parse(text, found));
                if (summary.isEmpty() && found.isEmpty()) {
                    found.error(Position.file(FILE), "the file is empty.", "");
                }
            }
        } catch (IOException e) {
            found.error(Position.file(FILE), "it could not be read: " + e.getMessage(), "");
        }
        if (found.isEmpty()) {
            summary.filter(s -> stale(s.date(), today)).ifPresent(s -> problems.warning(Position.file(FILE), "the latest browser "
                    + "audit was on " + s.date() + ", a year or more ago, so the accessibility statement no longer says the "
                    + "website is fully compliant on its word.", "Run portal audit on the built site, and commit the "
                    + FILE + " it writes."));
            return new Saved(summary, false);
        }
        // One mistake is enough to say the file must be written again; the first one shows where it went wrong.
        List<Problem> all = found.sorted();
        Problem first = all.get(0);
        String more = all.size() == 1 ? "" : all.size() == 2 ? " There is one more mistake after it."
                : " There are " + (all.size() - 1) + " more mistakes after it.";
        problems.warning(first.position(), "the accessibility statement cannot use this saved audit summary: "
                + first.message() + more, FIX);
        return new Saved(Optional.empty(), true);
    }

    /**
     * JSON writes text in quotes and numbers without: a value of the other kind was not written by portal audit
     * ("tool": 3, "pages": "24"), though the YAML reader would take it.
     */
    private static void jsonKinds(Fields f, Problems found, List<String> texts, List<String> numbers) {
        for (String key : java.util.stream.Stream.concat(texts.stream(), numbers.stream()).toList()) {
            boolean text = texts.contains(key);
            f.node(key).ifPresent(node -> {
                if (node instanceof YamlNode.Scalar s && s.plain() == text) {
                    found.error(s.position(), "'" + key + "' must be " + (text ? "text in quotes" : "a number without quotes")
                            + ", but it is " + (text ? s.value() : s.describe()) + ".", "");
                }
            });
        }
    }

    private static Optional<AuditSummary> parse(SourceText text, Problems found) {
        Optional<YamlNode> root = Yaml.parseJson(text, found);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping)) {
            found.error(root.get().position(), "it must be a JSON object, {\"date\": ..., \"pages\": ...}, but it is "
                    + root.get().describe() + ".", "");
            return Optional.empty();
        }
        Fields f = Fields.of(root.get(), "the summary", List.of("date", "pages", "tool", "rules"), found, Position.file(FILE));
        jsonKinds(f, found, List.of("date", "tool"), List.of("pages"));
        Optional<LocalDate> date = f.date("date", true);
        Optional<Integer> pages = f.number("pages", 0, 1_000_000, true);
        Optional<String> tool = f.text("tool", true);
        List<RuleSummary> rules = f.groups("rules", "rule", List.of("code", "help", "pages", "criterion"), r -> {
            jsonKinds(r, found, List.of("code", "help", "criterion"), List.of("pages"));
            Optional<String> code = r.text("code", true);
            Optional<String> help = r.text("help", true);
            Optional<Integer> n = r.number("pages", 1, 1_000_000, true);
            // Kept since December 2026: a summary saved before has the criterion of axe-core's rules from their codes.
            String criterion = r.has("criterion") ? r.text("criterion", false).orElse("")
                    : code.map(c -> AxeAudit.CRITERIA.getOrDefault(c, "").split(" ", 2)[0]).filter(Wcag::known)
                    .orElse("");
            // Of level A or AA, which the statement says the site was tested against, as portal audit writes it (withinAa).
            if (!criterion.isEmpty() && (!Wcag.known(criterion)
                    || Wcag.level(criterion).equals("AAA"))) {
                r.error("criterion", "'criterion' must be the number of a WCAG 2.2 success criterion at level A or AA, like "
                        + "\"1.4.3\", but it is " + criterion + ".", "");
            }
            return code.isPresent() && help.isPresent() && n.isPresent()
                    ? Optional.of(new RuleSummary(code.get(), help.get(), n.get(), criterion)) : Optional.empty();
        });
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AuditSummary(date.orElseThrow(), pages.orElseThrow(), tool.orElseThrow(), rules));
    }
}
