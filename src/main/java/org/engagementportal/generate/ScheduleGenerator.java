package org.engagementportal.generate;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.engagementportal.publish.Output;
import org.engagementportal.source.Json;
import org.engagementportal.site.StatusSchedule;

/**
 * {@code /status-changes.json}: when the site next changes by itself (a consultation closing, a meeting
 * starting), so the publishing job can schedule its next rebuild. Times are UTC (for schedulers) and local
 * (for people). Only the next 100 changes are listed; {@code next_change} is the one that matters. It holds
 * nothing else that depends on the clock (not the time of the build), so a rebuild before the next change
 * makes the same file, and an upload of what changed moves nothing.
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
        var changes = schedule.changes();
        byte[] json = Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("time_zone", schedule.now().getZone().getId());
            g.writeFieldName("next_change");
            if (schedule.next().isPresent()) {
                g.writeString(utc(schedule.next().get()));
            } else {
                g.writeNull();
            }
            g.writeArrayFieldStart("changes");
            for (StatusSchedule.Change c : changes.subList(0, Math.min(LISTED, changes.size()))) {
                g.writeStartObject();
                g.writeStringField("at", utc(c.at()));
                g.writeStringField("local", LOCAL.format(c.at()));
                g.writeStringField("change", c.change());
                g.writeStringField("page", ctx.site().config().link(c.path()));
                g.writeStringField("title", c.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, "/changes");
        out.write("/status-changes.json", json);
    }

    private static String utc(ZonedDateTime t) {
        return UTC.format(t.withZoneSameInstant(ZoneOffset.UTC));
    }
}
