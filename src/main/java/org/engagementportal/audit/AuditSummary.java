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
import org.engagementportal.source.Json;

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

    /** The summary in {@code site}, if an audit has written one; a damaged file counts as none. */
    @SuppressWarnings("unchecked")
    public static Optional<AuditSummary> read(Path site) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> root = (Map<String, Object>) Json.read(Files.readString(file));
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
