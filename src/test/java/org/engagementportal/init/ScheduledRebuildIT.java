package org.engagementportal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.engagementportal.serve.StaticServer;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The scheduled workflow's decision, run by bash as GitHub runs it, with target/portal.jar as {@code portal} and a
 * local web server as the live site: a rebuild that makes the same files deploys nothing; a change, or a live site
 * with no manifest yet, deploys.
 */
class ScheduledRebuildIT {
    static final Path JAR = TestSite.PROJECT.resolve("target/portal.jar");
    static final String NOW = "2026-11-28T12:00";

    @TempDir
    Path dir;

    record Ran(int exit, String output) {
    }

    private Ran run(Path in, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "log", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return new Ran(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void deploysOnlyWhenTheBuildDiffersFromTheLiveSite() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path portal = bin.resolve("portal");
        Files.writeString(portal, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + JAR + "' \"$@\"\n");
        assertTrue(portal.toFile().setExecutable(true));
        Path live = Files.createDirectories(dir.resolve("live"));
        try (StaticServer server = StaticServer.start(live)) {
            Path site = dir.resolve("site");
            ZoneId london = ZoneId.of("Europe/London");
            new NewSite(new NewSite.Settings("NHS Example Integrated Care Board", server.base(), london, "engagement@example.nhs.uk",
                    ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, london), Pin.released("1.0.0", Optional.empty()))).write(site);
            Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(TestSite.read(site.resolve(".github/workflows/scheduled.yml")));
            List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs"))
                    .get("rebuild")).get("steps");
            String compare = steps.stream().filter(s -> "compare".equals(s.get("id"))).map(s -> (String) s.get("run")).findFirst().orElseThrow();
            Map<String, Object> auditStep = steps.stream().filter(s -> "audit".equals(s.get("id"))).findFirst().orElseThrow();
            assertEquals("steps.compare.outputs.changed == 'true'", auditStep.get("if"), "audited only when there is something to deploy");
            String audit = (String) auditStep.get("run");
            Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "GITHUB_OUTPUT", dir.resolve("output").toString());

            Ran build = run(site, env, portal.toString(), "build", "-q", "--now", NOW);
            assertEquals(0, build.exit(), build.output());
            Files.deleteIfExists(dir.resolve("output"));
            Ran first = run(site, env, "bash", "-eo", "pipefail", "-c", compare);
            assertEquals(0, first.exit(), first.output());
            assertEquals("changed=true\n", Files.readString(dir.resolve("output")), "nothing live yet: deploy. " + first.output());

            copy(site.resolve("public"), live); // the deploy
            Ran again = run(site, env, portal.toString(), "build", "-q", "--now", "2026-11-28T12:15");
            assertEquals(0, again.exit(), again.output());
            Files.deleteIfExists(dir.resolve("output"));
            Ran same = run(site, env, "bash", "-eo", "pipefail", "-c", compare);
            assertEquals(0, same.exit(), same.output());
            assertEquals("changed=false\n", Files.readString(dir.resolve("output")), same.output());
            assertTrue(same.output().contains("Nothing changed: nothing to deploy."), same.output());

            Path contact = site.resolve("content/contact-us.md");
            Files.writeString(contact, Files.readString(contact) + "\nWe answer within five working days.\n");
            assertEquals(0, run(site, env, portal.toString(), "build", "-q", "--now", "2026-11-28T12:30").exit());
            Files.deleteIfExists(dir.resolve("output"));
            Ran changed = run(site, env, "bash", "-eo", "pipefail", "-c", compare);
            assertEquals(0, changed.exit(), changed.output());
            assertEquals("changed=true\n", Files.readString(dir.resolve("output")), changed.output());
            assertTrue(changed.output().contains("~ /contact-us/index.html"), changed.output());
            Ran audited = run(site, env, "bash", "-eo", "pipefail", "-c", audit);
            assertEquals(0, audited.exit(), audited.output());
            assertTrue(audited.output().matches("(?s).*Audited [1-9]\\d* pages?.*: 0 issues, 0 new.*"), audited.output());
            assertFalse(TestSite.read(site.resolve("audit-report/pa11y.json")).contains("/privacy/"), "a page the live site has is not audited");

            // A page with an accessibility issue (one that publish.yml's audit would have refused) is not deployed
            // by the next rebuild: the audit fails the job before the deploy.
            Path page = site.resolve("public/contact-us/index.html");
            Files.writeString(page, Files.readString(page).replace("</main>", "<button></button></main>"));
            Ran refused = run(site, env, "bash", "-eo", "pipefail", "-c", audit);
            assertEquals(1, refused.exit(), refused.output());
            assertTrue(refused.output().contains("/contact-us/") && refused.output().contains("button-name"), refused.output());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
