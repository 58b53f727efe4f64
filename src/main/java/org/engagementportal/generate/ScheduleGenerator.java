package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.engagementportal.publish.Output;
import org.engagementportal.source.JsonText;
import org.engagementportal.site.StatusSchedule;

/**
 * {@code /status-changes.json}: when the site next changes by itself (a consultation closing, a meeting
 * starting), so the publishing job can schedule its next rebuild. Times are UTC (for schedulers) and local
 * (for people). Only the next 100 changes are listed; {@code next_change} is the one that matters.
 */
public final class ScheduleGenerator implements Generator {
    static final int LISTED = 100;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    @Override
    public String name() {
        return "status-changes.json";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        StatusSchedule schedule = StatusSchedule.of(ctx.site());
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n  \"built_for\": ").append(JsonText.quote(utc(schedule.now())))
                .append(",\n  \"time_zone\": ").append(JsonText.quote(schedule.now().getZone().getId()))
                .append(",\n  \"next_change\": ").append(schedule.next().map(t -> JsonText.quote(utc(t))).orElse("null"))
                .append(",\n  \"changes\": [");
        var changes = schedule.changes();
        for (int i = 0; i < Math.min(LISTED, changes.size()); i++) {
            StatusSchedule.Change c = changes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"at\": ").append(JsonText.quote(utc(c.at())))
                    .append(", \"local\": ").append(JsonText.quote(LOCAL.format(c.at())))
                    .append(", \"change\": ").append(JsonText.quote(c.change()))
                    .append(", \"page\": ").append(JsonText.quote(ctx.site().config().link(c.path())))
                    .append(", \"title\": ").append(JsonText.quote(c.title())).append('}');
        }
        json.append(changes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        out.write("/status-changes.json", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String utc(ZonedDateTime t) {
        return UTC.format(t.withZoneSameInstant(ZoneOffset.UTC));
    }
}
