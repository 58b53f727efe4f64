package org.engagementportal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.content.Evidence.Characteristic;
import org.engagementportal.content.Evidence.Count;
import org.engagementportal.source.Fields;

/** Reads a consultation's evidence: 'eia', 'substantial_variation', 'scrutiny', 'decision', 'responses', 'respondents'. */
final class EvidenceReader {
    /** More than this in one count is a typing mistake rather than a number of people. */
    static final int MOST = 10_000_000;
    static final String EIA_TITLE = "Equality and health inequalities impact assessment";

    private EvidenceReader() {
    }

    static Evidence read(Fields f, ReadContext ctx) {
        Optional<Evidence.Eia> eia = eia(f, ctx);
        boolean substantial = f.flag("substantial_variation", false);
        Optional<Evidence.Scrutiny> scrutiny = f.group("scrutiny", "the 'scrutiny' group", List.of("committee", "date", "view"))
                .flatMap(s -> {
                    var committee = s.text("committee", true);
                    var date = s.date("date", true);
                    var view = s.text("view", true);
                    return committee.isEmpty() || date.isEmpty() || view.isEmpty() ? Optional.empty()
                            : Optional.of(new Evidence.Scrutiny(committee.get(), date.get(), view.get()));
                });
        Optional<Evidence.Decision> decision = f.group("decision", "the 'decision' group", List.of("meeting", "item"))
                .flatMap(d -> {
                    var meeting = d.text("meeting", true);
                    var item = d.text("item", true);
                    return meeting.isEmpty() || item.isEmpty() ? Optional.empty()
                            : Optional.of(new Evidence.Decision(meeting.get(), meetingPath(meeting.get()), item.get()));
                });
        Optional<Evidence.Responses> responses = responses(f);
        Optional<Evidence.Respondents> respondents = respondents(f, responses);
        return new Evidence(eia, substantial, scrutiny, decision, responses, respondents);
    }

    /** A meeting by its address ("/governing-body/2026-07-16/") or its file under content/ without .md ("governing-body/2026-07-16"). */
    static String meetingPath(String written) {
        String p = written.startsWith("/") ? written : "/" + (written.endsWith(".md") ? written.substring(0, written.length() - 3) : written);
        return p.endsWith("/") ? p : p + "/";
    }

    private static Optional<Evidence.Eia> eia(Fields f, ReadContext ctx) {
        return f.group("eia", "the 'eia' group", List.of("file", "page", "not_needed")).flatMap(g -> {
            List<String> given = List.of("file", "page", "not_needed").stream().filter(g::has).toList();
            if (given.isEmpty() && !(f.node("eia").orElse(null) instanceof org.engagementportal.source.YamlNode.Mapping)) {
                return Optional.empty(); // not a group at all ("eia: not needed"): reported as that, not as empty
            }
            if (given.size() != 1) {
                f.error("eia", given.isEmpty() ? "'eia' is empty: it needs the assessment or the reason there is none."
                                : "'eia' has " + String.join(" and ", given) + ", but it takes only one of them.",
                        "Write file: and the assessment's file name (saved beside this page), page: and its address on this site, "
                                + "or not_needed: and, in a sentence, why no assessment was needed.");
                return Optional.empty();
            }
            return switch (given.get(0)) {
                case "file" -> ctx.attachment(g, "file", EIA_TITLE).map(a -> (Evidence.Eia) new Evidence.Eia.File(a));
                case "page" -> g.siteAddress("page", "/about/equality/", true)
                        .map(p -> (Evidence.Eia) new Evidence.Eia.Page(p.endsWith("/") ? p : p + "/", p));
                default -> g.text("not_needed", true).map(r -> (Evidence.Eia) new Evidence.Eia.NotNeeded(r));
            };
        });
    }

    private static Optional<Evidence.Responses> responses(Fields f) {
        List<String> channels = java.util.Arrays.stream(Evidence.Channel.values()).map(Evidence.Channel::id).toList();
        List<String> allowed = new ArrayList<>(List.of("total"));
        allowed.addAll(channels);
        return f.group("responses", "the 'responses' group", allowed).flatMap(g -> {
            Optional<Integer> total = g.number("total", 0, MOST, false);
            List<Count> counts = new ArrayList<>();
            for (String c : channels) {
                g.number(c, 0, MOST, false).ifPresent(n -> counts.add(new Count(c, n)));
            }
            int sum = counts.stream().mapToInt(Count::count).sum();
            if (total.isEmpty() && counts.isEmpty()) {
                f.error("responses", "'responses' has no numbers in it.", "Write total: and the number of responses, and the "
                        + "number for each way people responded: " + String.join(", ", channels) + ".");
                return Optional.empty();
            }
            if (total.isPresent() && sum > total.get()) {
                g.error("total", "the responses by channel add up to " + sum + ", more than the total of " + total.get() + ".",
                        "Check the numbers: the total is every response, however it came in.");
            } else if (total.isPresent() && !counts.isEmpty() && sum < total.get()) {
                g.warning("total", "the responses by channel add up to " + sum + ", fewer than the total of " + total.get()
                        + ", so " + (total.get() - sum) + " are not shown under any channel.",
                        "Add the rest under the channel they came by, or under other:.");
            }
            return Optional.of(new Evidence.Responses(total.orElse(sum), counts));
        });
    }

    private static Optional<Evidence.Respondents> respondents(Fields f, Optional<Evidence.Responses> responses) {
        List<String> characteristics = java.util.Arrays.stream(Characteristic.values()).map(Characteristic::id).toList();
        return f.group("respondents", "the 'respondents' group", characteristics).map(g -> {
            List<Evidence.Profile> profiles = new ArrayList<>();
            for (Characteristic ch : Characteristic.values()) {
                List<String> ids = ch.categories().stream().map(Evidence.Category::id).toList();
                g.group(ch.id(), "the respondents' '" + ch.id() + "'", ids).ifPresent(c -> {
                    List<Count> counts = new ArrayList<>();
                    for (String id : ids) {
                        c.number(id, 0, MOST, false).ifPresent(n -> counts.add(new Count(id, n)));
                    }
                    boolean written = !(g.node(ch.id()).orElse(null) instanceof org.engagementportal.source.YamlNode.Mapping m)
                            || !m.entries().isEmpty();
                    if (counts.isEmpty() && written) {
                        return; // what is written there is reported as it is (a category that is not one, say)
                    }
                    if (counts.isEmpty()) {
                        g.error(ch.id(), "the respondents' '" + ch.id() + "' has no numbers in it, so it would be an empty table.",
                                "Write the number of people for each of: " + String.join(", ", ids) + " (such as "
                                        + ids.get(0) + ": 12); or delete the '" + ch.id() + "' line.");
                        return;
                    }
                    int sum = counts.stream().mapToInt(Count::count).sum();
                    responses.filter(r -> sum > r.total()).ifPresent(r -> g.problems().error(g.atKey(ch.id()), "the respondents' '" + ch.id()
                                    + "' counts add up to " + sum + ", more than the " + r.total() + " responses.",
                            "Check the numbers: each person is counted once under '" + ch.id() + "'."));
                    profiles.add(new Evidence.Profile(ch, counts));
                });
            }
            if (characteristics.stream().noneMatch(g::has)) {
                if (!(f.node("respondents").orElse(null) instanceof org.engagementportal.source.YamlNode.Mapping)) {
                    return null; // not a group at all: reported as that
                }
                f.error("respondents", "'respondents' has no numbers in it.", "Write who responded under "
                        + String.join(", ", characteristics) + ", each with a number for each of its answers, such as "
                        + "sex: {female: 40, male: 35, not-said: 5}; or delete the 'respondents' line.");
                return null;
            }
            if (profiles.isEmpty()) {
                return null; // each characteristic given is reported
            }
            return new Evidence.Respondents(profiles);
        });
    }
}
