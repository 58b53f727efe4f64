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
import org.engagementportal.source.JsonText;
import org.openqa.selenium.json.Json;

/**
 * What the latest browser audit found, kept in the site folder ({@code .a11y-audit.json}, committed like the
 * baseline) so every build can write the accessibility statement from it: when it ran, with what, over how
 * many pages, and each rule that found problems with how many pages it affects.
 */
public record AuditSummary(LocalDate date, int pages, String tool, List<RuleSummary> rules) {
    public static final String FILE = ".a11y-audit.json";

    public record RuleSummary(String code, String help, int pages) {
    }

    public static AuditSummary of(Audit.Result result, LocalDate date, String tool) {
        Map<String, String> help = new TreeMap<>();
        Map<String, Integer> pages = new TreeMap<>();
        result.byPage().forEach((page, issues) -> issues.stream().map(Issue::code).distinct().forEach(code -> {
            pages.merge(code, 1, Integer::sum);
            help.putIfAbsent(code, issues.stream().filter(i -> i.code().equals(code)).findFirst()
                    .map(i -> String.valueOf(i.runnerExtras().get("help"))).orElse(code));
        }));
        List<RuleSummary> rules = new ArrayList<>();
        pages.forEach((code, n) -> rules.add(new RuleSummary(code, help.get(code), n)));
        return new AuditSummary(date, result.byPage().size(), tool, rules);
    }

    public void write(Path file) {
        StringBuilder b = new StringBuilder("{\n  \"date\": ").append(JsonText.quote(date.toString()))
                .append(",\n  \"pages\": ").append(pages)
                .append(",\n  \"tool\": ").append(JsonText.quote(tool))
                .append(",\n  \"rules\": [");
        for (int i = 0; i < rules.size(); i++) {
            RuleSummary r = rules.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"code\": ").append(JsonText.quote(r.code())).append(", \"help\": ")
                    .append(JsonText.quote(r.help())).append(", \"pages\": ").append(r.pages()).append('}');
        }
        b.append(rules.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary in {@code site}, if an audit has written one; a damaged file counts as none. */
    @SuppressWarnings("unchecked")
    public static Optional<AuditSummary> read(Path site) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> root = new Json().toType(Files.readString(file), Map.class);
            List<RuleSummary> rules = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) root.getOrDefault("rules", List.of())) {
                rules.add(new RuleSummary((String) r.get("code"), (String) r.get("help"), ((Number) r.get("pages")).intValue()));
            }
            return Optional.of(new AuditSummary(LocalDate.parse((String) root.get("date")), ((Number) root.get("pages")).intValue(),
                    (String) root.get("tool"), rules));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
