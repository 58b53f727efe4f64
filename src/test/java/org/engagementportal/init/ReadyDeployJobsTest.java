package org.engagementportal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * publish.yml's ready deploy jobs, turned on as its comments say (the # removed from the job's lines), and the S3
 * job's upload script run by bash with stand-ins for {@code aws} and {@code portal} that record what they are asked.
 */
class ReadyDeployJobsTest {
    private static final Pattern JOB_LINE = Pattern.compile("^  # (deploy-[a-z0-9-]+:.*|  .*)$");

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void newSite() throws IOException {
        site = dir.resolve("site");
        ZoneId london = ZoneId.of("Europe/London");
        new NewSite(new NewSite.Settings("NHS Example Integrated Care Board", URI.create("https://engage.example.nhs.uk/"), london,
                "engagement@example.nhs.uk", ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, london), Pin.released("1.0.0", Optional.empty())))
                .write(site);
    }

    /** publish.yml with every ready job's lines uncommented, as a person turning one on would. */
    static String turnedOn(String publish) {
        StringBuilder on = new StringBuilder();
        for (String line : publish.split("\n", -1)) {
            Matcher m = JOB_LINE.matcher(line);
            on.append(m.matches() ? "  " + m.group(1) : line).append('\n');
        }
        return on.toString();
    }

    @SuppressWarnings("unchecked")
    private String s3Script() throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(turnedOn(TestSite.read(site.resolve(".github/workflows/publish.yml"))));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertEquals(List.of("build", "deploy", "deploy-netlify", "deploy-cloudflare", "deploy-azure", "deploy-s3"), List.copyOf(jobs.keySet()));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy-s3")).get("steps");
        Map<String, Object> upload = steps.stream().filter(s -> "Upload what changed".equals(s.get("name"))).findFirst().orElseThrow();
        String script = (String) upload.get("run");
        assertTrue(!script.contains("${{"), "values reach the script through env, not pasted into it: " + script);
        return script;
    }

    /** Runs the S3 job's script with {@code portal changes --list} answering {@code changes}; returns every aws call, one a line. */
    private List<String> upload(List<String> changes) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("aws-calls.txt");
        Files.writeString(bin.resolve("aws"), "#!/bin/bash\nprintf '%s\\n' \"$*\" >> '" + calls + "'\n"
                + "if [ \"$1 $2\" = 's3 cp' ] && [[ $3 == s3://* ]]; then exit 1; fi\n");
        Path list = dir.resolve("changes.list");
        Files.writeString(list, changes.stream().map(c -> c + "\n").collect(Collectors.joining()));
        Files.writeString(bin.resolve("portal"), "#!/bin/sh\ncat '" + list + "'\n");
        assertTrue(bin.resolve("aws").toFile().setExecutable(true) && bin.resolve("portal").toFile().setExecutable(true));
        Files.createDirectories(site.resolve("public"));
        Path log = dir.resolve("log.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", s3Script())
                .directory(site.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("BUCKET", "example-bucket");
        pb.environment().put("DISTRIBUTION", "E2EXAMPLE");
        Process p = pb.start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        return Files.readAllLines(calls);
    }

    @Test
    void theS3JobUploadsOnlyWhatChangedThenTheManifestThenClearsThoseAddresses() throws Exception {
        List<String> calls = upload(List.of("~ /contact-us/index.html", "~ /contact-us/index.html.gz", "~ /contact-us/index.html.br",
                "+ /news/a page.html", "- /old/index.html", "- /old/index.html.br", "~ /manifest.json", "~ /_headers",
                "~ /_redirects"));
        assertEquals(List.of(
                "s3 cp s3://example-bucket/manifest.json live-manifest.json",
                "s3 cp public/contact-us/index.html s3://example-bucket/contact-us/index.html --cache-control public, max-age=300",
                "s3 cp public/news/a page.html s3://example-bucket/news/a page.html --cache-control public, max-age=300",
                "s3 rm s3://example-bucket/old/index.html",
                "s3 cp public/manifest.json s3://example-bucket/manifest.json --cache-control no-cache",
                "cloudfront create-invalidation --distribution-id E2EXAMPLE --paths /contact-us/index.html /news/a page.html "
                        + "/old/index.html"), calls);
    }

    @Test
    void theS3JobSetsEachKindOfFilesCacheAndType() throws Exception {
        // It uploaded every file with aws's defaults: no Cache-Control (browsers kept a closed consultation "open" for
        // hours), feeds as plain XML, and the .gz and .br copies and _headers, which CloudFront does not use.
        List<String> calls = upload(List.of("~ /assets/portal.3f9a1c.css", "~ /assets/search.77e2b0.js", "~ /bulletins/weekly/feed.xml",
                "~ /bulletins/weekly/atom.xml", "~ /consultations/feed.json", "~ /events/calendar.ics"));
        assertEquals(List.of(
                "s3 cp public/assets/portal.3f9a1c.css s3://example-bucket/assets/portal.3f9a1c.css --cache-control public, "
                        + "max-age=31536000, immutable --content-type text/css; charset=utf-8",
                "s3 cp public/assets/search.77e2b0.js s3://example-bucket/assets/search.77e2b0.js --cache-control public, "
                        + "max-age=31536000, immutable --content-type text/javascript; charset=utf-8",
                "s3 cp public/bulletins/weekly/feed.xml s3://example-bucket/bulletins/weekly/feed.xml --cache-control public, "
                        + "max-age=300 --content-type application/rss+xml; charset=utf-8",
                "s3 cp public/bulletins/weekly/atom.xml s3://example-bucket/bulletins/weekly/atom.xml --cache-control public, "
                        + "max-age=300 --content-type application/atom+xml; charset=utf-8",
                "s3 cp public/consultations/feed.json s3://example-bucket/consultations/feed.json --cache-control public, "
                        + "max-age=300 --content-type application/feed+json; charset=utf-8",
                "s3 cp public/events/calendar.ics s3://example-bucket/events/calendar.ics --cache-control public, "
                        + "max-age=300 --content-type text/calendar; charset=utf-8"),
                calls.subList(1, calls.size() - 2));
    }

    @Test
    void moreChangedFilesThanCloudFrontClearsAtOnceClearEverything() throws Exception {
        List<String> changes = new ArrayList<>(IntStream.range(0, 1001).mapToObj(i -> "~ /page-" + i + "/index.html").toList());
        List<String> calls = upload(changes);
        assertEquals("cloudfront create-invalidation --distribution-id E2EXAMPLE --paths /*", calls.get(calls.size() - 1));
        assertEquals(1, calls.stream().filter(c -> c.startsWith("cloudfront")).count(), "one invalidation");
    }
}
