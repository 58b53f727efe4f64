package org.engagementportal.content;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagementportal.source.Fields;

/** Reads a consultation's own fields and checks the rules that need no clock. */
final class ConsultationReader {
    /** A formal public consultation runs for at least 12 weeks. */
    static final int FORMAL_WEEKS = 12;
    static final LocalTime CLOSES_AT_END_OF_DAY = LocalTime.of(23, 59);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm", Locale.UK);

    private ConsultationReader() {
    }

    static Optional<Details> read(Fields f, ReadContext ctx) {
        Optional<ZonedDateTime> opens = ctx.dateTime(f, "opens", LocalTime.MIDNIGHT, true);
        Optional<ZonedDateTime> closes = ctx.dateTime(f, "closes", CLOSES_AT_END_OF_DAY, true);
        boolean formal = f.flag("formal", false);
        var engagement = f.choice("engagement", Engagement.byId(), false);
        var stage = f.choice("stage", Stage.byId(), false);
        List<String> groups = f.texts("groups");
        Respond respond = f.group("respond", "the 'respond' group", List.of("online", "email", "post", "phone", "events"))
                .map(r -> new Respond(r.webLink("online", false), r.email("email", false), r.text("post", false),
                        r.phone("phone", false), r.texts("events")))
                .orElse(Respond.none());
        List<Attachment> documents = documents(f, ctx);
        Optional<Report> feedback = report(f, "feedback");
        Optional<Report> outcome = report(f, "outcome");
        if (opens.isEmpty() || closes.isEmpty()) {
            return Optional.empty();
        }
        if (!closes.get().isAfter(opens.get())) {
            f.error("closes", "the consultation closes (" + SHOWN.format(closes.get()) + ") before it opens ("
                    + SHOWN.format(opens.get()) + ").", "Check both dates: 'closes' must be after 'opens'.");
        } else if (formal && closes.get().isBefore(opens.get().plusWeeks(FORMAL_WEEKS))) {
            ZonedDateTime earliest = opens.get().plusWeeks(FORMAL_WEEKS);
            f.error("closes", "a formal consultation must run for at least " + FORMAL_WEEKS + " weeks, but this one runs for "
                            + length(opens.get(), closes.get()) + ".",
                    "Move 'closes' to " + earliest.toLocalDate() + "T" + earliest.toLocalTime() + " (" + SHOWN.format(earliest)
                            + ") or later, or set formal: false if this is not a formal public consultation.");
        }
        return Optional.of(new Consultation(opens.get(), closes.get(), formal, engagement, stage, groups, respond,
                documents, feedback, outcome));
    }

    /** "10 weeks and 3 days", as a person would say it. */
    static String length(ZonedDateTime from, ZonedDateTime to) {
        long days = Duration.between(from, to).toDays();
        long weeks = days / 7;
        long rest = days % 7;
        String w = weeks == 1 ? "1 week" : weeks + " weeks";
        String d = rest == 1 ? "1 day" : rest + " days";
        if (weeks == 0) {
            return d;
        }
        return rest == 0 ? w : w + " and " + d;
    }

    static List<Attachment> documents(Fields f, ReadContext ctx) {
        return f.groups("documents", "document", List.of("title", "file"), d ->
                d.text("title", true).flatMap(title -> ctx.attachment(d, "file", title)));
    }

    private static Optional<Report> report(Fields f, String key) {
        return f.group(key, "the '" + key + "' group", List.of("date", "body"))
                .flatMap(r -> {
                    var date = r.date("date", true);
                    var body = r.text("body", true);
                    if (date.isEmpty() || body.isEmpty()) {
                        return Optional.empty();
                    }
                    int line = r.at("body").line();
                    return Optional.of(new Report(date.get(), body.get(), body.get().contains("\n") ? line + 1 : line));
                });
    }
}
