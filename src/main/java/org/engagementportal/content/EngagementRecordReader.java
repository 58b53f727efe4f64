package org.engagementportal.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.engagementportal.source.Fields;

/** Reads an engagement record and checks the rules that need the clock: no "you said" before it has happened. */
public final class EngagementRecordReader {
    /** More people than this in one record is a typing mistake rather than a count. */
    static final int MOST_PEOPLE = 1_000_000;

    private EngagementRecordReader() {
    }

    public static Optional<EngagementRecord> read(Fields f, ReadContext ctx) {
        Optional<LocalDate> starts = when(f, ctx);
        Optional<LocalDate> ends = f.has("date") ? starts
                : ctx.dateTime(f, "ends", LocalTime.MIDNIGHT, false).map(d -> d.toLocalDate()).or(() -> starts);
        var activity = f.choice("activity", Activity.byId(), true);
        var engagement = f.choice("engagement", Engagement.byId(), true);
        var stage = f.choice("stage", Stage.byId(), true);
        List<String> reached = ctx.groups(f, "reached");
        OptionalInt people = f.number("people", 1, MOST_PEOPLE, false).map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<EngagementRecord.Said> heard = f.text("heard", false)
                .map(h -> new EngagementRecord.Said(h, f.textLine("heard")));
        if (heard.isPresent() && ConsultationReader.showsNothing(heard.get().markdown()) && !f.saysTrue("draft")) {
            f.warning("heard", "'heard' has only a note (<!-- -->) in it, so the page shows its heading with nothing under it.",
                    "Write what people told us in place of the note, or take 'heard' out until you can.");
        }
        Optional<Report> did = ConsultationReader.report(f, "did");
        Optional<String> consultation = f.text("consultation", false);
        Optional<String> event = f.text("event", false);
        if (starts.isEmpty() || ends.isEmpty() || activity.isEmpty() || engagement.isEmpty() || stage.isEmpty()) {
            return Optional.empty();
        }
        if (ends.get().isBefore(starts.get())) {
            f.error("ends", "the engagement ends (" + ends.get() + ") before it starts (" + starts.get() + ").",
                    "Check both dates: 'ends' must be the same day as 'starts' or later.");
            return Optional.empty();
        }
        EngagementRecord record = new EngagementRecord(starts.get(), ends.get(), activity.get(), engagement.get(), stage.get(),
                reached, people, heard, did, consultation, event);
        LocalDate today = ctx.now().toLocalDate();
        if (today.isBefore(record.starts())) {
            // 'people' too: "50 people took part" of a day still to come was published as a fact, in the open data as well.
            for (String key : List.of("heard", "did", "people")) {
                if (f.has(key)) {
                    f.problems().error(f.atKey(key), "this engagement has not happened yet (it starts on " + record.starts()
                                    + "), so its '" + key + "' cannot be published.",
                            "Keep '" + key + "' out of the file until the engagement has taken place, or check its date.");
                }
            }
        }
        if (f.has("starts") && !f.has("ends") && !f.has("date")) {
            // It was made a one-day record in silence: a survey over weeks shown, counted and closed on its first day.
            f.warning("starts", "'starts' is given without 'ends', so the engagement is shown as taking place on "
                    + record.starts() + " alone.", "Add ends: with its last day; or, for one day, write date: in place of starts:.");
        }
        did.filter(d -> d.date().isBefore(record.starts())).ifPresent(d ->
                f.problems().warning(f.at("did", "date"), "'did' is dated " + d.date() + ", before the engagement took place ("
                        + record.starts() + ").", "Check the date: it should be the day the change was made or decided."));
        return Optional.of(record);
    }

    /**
     * Its first day: 'date' for one day, or 'starts' (with 'ends') for engagement over several days, such as a
     * survey. Times may be given but only the day is kept: a record says when engagement happened, not when to come.
     */
    private static Optional<LocalDate> when(Fields f, ReadContext ctx) {
        if (f.has("date") && (f.has("starts") || f.has("ends"))) {
            f.error(f.has("starts") ? "starts" : "ends", "an engagement record has either 'date' (one day) or 'starts' and 'ends' "
                    + "(several days), but this one has both.", "Keep 'date' for one day, or 'starts' and 'ends' for a longer "
                    + "activity such as a survey, and remove the other.");
            return Optional.empty();
        }
        if (f.has("date")) {
            return f.date("date", true);
        }
        if (f.has("starts")) {
            return ctx.dateTime(f, "starts", LocalTime.MIDNIGHT, true).map(d -> d.toLocalDate());
        }
        f.problems().error(f.position(), "an engagement record needs the day it took place: 'date' (one day), or 'starts' and "
                + "'ends' (several days).", "Add a line such as date: 2026-10-14, or starts: 2026-09-01 and ends: 2026-10-31 for a survey.");
        return Optional.empty();
    }
}
