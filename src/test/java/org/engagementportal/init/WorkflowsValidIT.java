package org.engagementportal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflows and the action a new site gets are valid GitHub Actions files, by the JSON schemas GitHub's
 * files follow, checked by {@code action-validator} (npm package {@code @action-validator/cli}, installed from
 * the npm registry into target/action-validator/ on first use; it runs offline after that). A broken workflow is
 * refused by the same check, so a pass means something.
 */
class WorkflowsValidIT {
    static final String VALIDATOR = "@action-validator/cli@0.6.0";
    static final Path PREFIX = TestSite.PROJECT.resolve("target/action-validator");
    static final Path BIN = PREFIX.resolve("node_modules/.bin/action-validator");

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void setUp() throws Exception {
        if (!Files.isExecutable(BIN)) {
            Files.createDirectories(PREFIX);
            Files.writeString(PREFIX.resolve("package.json"), "{\"private\": true}");
            Ran npm = run(PREFIX, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", VALIDATOR,
                    "@action-validator/core@0.6.0");
            assertEquals(0, npm.exit(), "npm could not install " + VALIDATOR + ": " + npm.output());
        }
        site = dir.resolve("site");
        new NewSite(new NewSite.Settings("NHS Example Integrated Care Board", java.net.URI.create("https://engage.example.nhs.uk/"),
                ZoneId.of("Europe/London"), "engagement@example.nhs.uk", ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0,
                ZoneId.of("Europe/London")), Pin.released("1.0.0", Optional.of("0".repeat(64))))).write(site);
    }

    record Ran(int exit, String output) {
    }

    static Ran run(Path in, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "log", ".txt");
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return new Ran(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void everyWorkflowAndTheActionOfANewSiteAreValid() throws Exception {
        List<String> files = List.of(".github/workflows/pull-request.yml", ".github/workflows/publish.yml",
                ".github/workflows/scheduled.yml", ".github/actions/portal/action.yml");
        for (String file : files) {
            Ran v = run(site, BIN.toString(), file);
            assertEquals(0, v.exit(), file + ": " + v.output());
        }
    }

    /**
     * The commented-out deploy jobs (Netlify, Cloudflare Pages, Azure, S3 with CloudFront) are valid once their
     * lines are uncommented as publish.yml says: remove the # in front of the job's lines.
     */
    @Test
    void theReadyDeployJobsAreValidWhenTurnedOn() throws Exception {
        String on = ReadyDeployJobsTest.turnedOn(TestSite.read(site.resolve(".github/workflows/publish.yml")));
        Path turnedOn = dir.resolve("publish-all-hosts.yml");
        Files.writeString(turnedOn, on);
        Ran v = run(dir, BIN.toString(), turnedOn.toString());
        assertEquals(0, v.exit(), v.output() + "\n" + on);
    }

    @Test
    void aBrokenWorkflowIsRefused() throws Exception {
        Path broken = dir.resolve("broken.yml");
        String text = TestSite.read(site.resolve(".github/workflows/scheduled.yml")).replace("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04");
        Files.writeString(broken, text);
        Ran v = run(dir, BIN.toString(), broken.toString());
        assertNotEquals(0, v.exit(), "a job with no runs-on passed: " + v.output());
    }
}
