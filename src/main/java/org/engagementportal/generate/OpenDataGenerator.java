package org.engagementportal.generate;

import java.util.ArrayList;
import java.util.List;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.render.YouSaidWeDidViews;
import org.engagementportal.site.Site;
import org.engagementportal.site.YouSaidWeDid;
import org.engagementportal.source.Json;
import org.engagementportal.source.Utf8;

/**
 * /open-data/engagement.csv and /open-data/engagement.json, one row per consultation and engagement record in both,
 * in the same order, and /open-data/engagement.schema.json, a JSON Schema saying what each column means. The yearly
 * "you said, we did" pages link to them.
 */
public final class OpenDataGenerator implements Generator {

    @Override
    public String name() {
        return "open data";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        YouSaidWeDid report = ctx.site().youSaidWeDid();
        if (report.isEmpty()) {
            return;
        }
        // Made from what every page shows of itself: reused when none of that changed.
        String key = ctx.keys().everyFace("open data", java.util.List.of());
        Origin origin = out.defaultOrigin();
        List<String> paths = new ArrayList<>();
        for (String path : List.of(YouSaidWeDid.CSV, YouSaidWeDid.JSON, YouSaidWeDid.SCHEMA)) {
            if (!ctx.reuse().reused(out, path, key, origin)) {
                paths.add(path);
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        // Made once for those not reused, outside the render cache's capture of each file's problems: making them
        // reports none (were that to change, they should be made inside the first write, so a reused file's problems
        // are reported again). Then compressed and written one at a time: at
        // 100,000 pages the JSON and CSV are 40 and 19 MB, and Brotli holds a copy of each file it compresses outside
        // the heap: side by side, the build's peak memory was 1,001,384 KB against 978,244 one at a time (one cold
        // build each, into a RAM disk). What writing them side by side had saved in time was within the noise.
        Files files = files(ctx.site());
        paths.forEach(path -> ctx.reuse().write(out, path, key, origin, () -> files.of(path)));
        YouSaidWeDidViews.Sizes sizes = files.sizes();
        var kept = java.util.concurrent.ForkJoinTask.adapt(() -> sizes);
        kept.invoke(); // done: the generator that takes it joins it at once
        ctx.started().put(SIZES, kept);
    }

    /** The three files, as they are published. */
    record Files(byte[] csv, byte[] json, byte[] schema) {
        YouSaidWeDidViews.Sizes sizes() {
            return new YouSaidWeDidViews.Sizes(csv.length, json.length, schema.length);
        }

        byte[] of(String path) {
            return switch (path) {
                case YouSaidWeDid.CSV -> csv;
                case YouSaidWeDid.JSON -> json;
                case YouSaidWeDid.SCHEMA -> schema;
                default -> throw new IllegalArgumentException(path);
            };
        }
    }

    /** The CSV made on this thread while another of the build's threads, if free, makes the JSON. */
    static Files files(Site site) {
        var json = java.util.concurrent.ForkJoinTask.adapt(() -> json(site)).fork();
        byte[] csv = csv(site);
        return new Files(csv, json.join(), schema(site));
    }

    static final String SIZES = "open data sizes";

    /**
     * How big each file is, for the links to them on the "you said, we did" pages, whose generator comes after this
     * one: as this build wrote them, or, when it took them unchanged from the last build, made again to be measured.
     * Before, those pages made the files to measure them and this generator made them again to write them: at
     * 100,000 pages a 40 MB JSON and a 19 MB CSV made twice, where the collector's full collections cost seconds.
     */
    static YouSaidWeDidViews.Sizes sizes(BuildContext ctx) {
        java.util.concurrent.ForkJoinTask<?> written = ctx.started().remove(SIZES);
        return written != null ? (YouSaidWeDidViews.Sizes) written.join() : files(ctx.site()).sizes();
    }

    static byte[] csv(Site site) {
        return csv(OpenData.columns(site), OpenData.rows(site));
    }

    static byte[] json(Site site) {
        List<OpenData.Column> columns = OpenData.columns(site);
        List<OpenData.Row> rows = OpenData.rows(site);
        String schemaAddress = site.config().absolute(YouSaidWeDid.SCHEMA);
        return Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", schemaAddress);
            g.writeStringField("publisher", site.config().name());
            g.writeArrayFieldStart("rows");
            for (OpenData.Row r : rows) {
                g.writeStartObject();
                for (OpenData.Column c : columns) {
                    g.writeFieldName(c.name());
                    Json.value(g, c.value().apply(r));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, "/rows");
    }

    static byte[] schema(Site site) {
        List<OpenData.Column> columns = OpenData.columns(site);
        String schemaAddress = site.config().absolute(YouSaidWeDid.SCHEMA);
        return Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", schemaAddress);
            g.writeStringField("title", "Consultations and engagement of " + site.config().name());
            g.writeStringField("description", "One row per consultation and engagement activity. The CSV file beside this one has "
                    + "the same rows and columns, in the same order; in it, lists are ids joined by \"; \" and an empty cell is null.");
            g.writeStringField("type", "object");
            g.writeArrayFieldStart("required");
            g.writeString("rows");
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("rows");
            g.writeStringField("type", "array");
            g.writeObjectFieldStart("items");
            g.writeStringField("type", "object");
            g.writeBooleanField("additionalProperties", false);
            g.writeArrayFieldStart("required");
            for (OpenData.Column c : columns) {
                g.writeString(c.name());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            for (OpenData.Column c : columns) {
                g.writeObjectFieldStart(c.name());
                switch (c.type()) {
                    case "list" -> {
                        g.writeStringField("type", "array");
                        g.writeObjectFieldStart("items");
                        g.writeStringField("type", "string");
                        g.writeEndObject();
                    }
                    case "date" -> {
                        g.writeArrayFieldStart("type");
                        g.writeString("string");
                        g.writeString("null");
                        g.writeEndArray();
                        g.writeStringField("format", "date");
                    }
                    default -> {
                        g.writeArrayFieldStart("type");
                        g.writeString(c.type());
                        g.writeString("null");
                        g.writeEndArray();
                    }
                }
                g.writeStringField("description", c.description());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }, "/properties/rows/items/properties");
    }

    /** RFC 4180: a header line, then one line per row, each ending CRLF; a field with a comma, quote or line break is quoted. */
    static byte[] csv(List<OpenData.Column> columns, List<OpenData.Row> rows) {
        // Encoded as it is written: at 100,000 pages 19 MB, which as lines, then joined, then as bytes was held three times.
        Utf8.Sink out = new Utf8.Sink();
        line(out, columns.stream().map(c -> field(c.name())).toList());
        for (OpenData.Row r : rows) {
            line(out, columns.stream().map(c -> field(cell(c.value().apply(r)))).toList());
        }
        return out.toBytes();
    }

    private static void line(Utf8.Sink out, List<String> fields) {
        out.append(String.join(",", fields)).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    /**
     * A cell as written in the CSV: one a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a
     * carriage return) starts with a single quote, so that opening the file runs nothing (OWASP's advice on CSV
     * injection); then quoted as RFC 4180 says. The JSON has the text as it is.
     */
    static String field(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
