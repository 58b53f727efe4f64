package org.engagementportal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pull-request workflow's own steps, run by bash in order as GitHub runs them (the checkouts done by copying,
 * target/portal.jar as {@code portal}, Debian's Chromium for the audit), over a fixture change to a new site: the
 * job summary says what changed in plain words, and only the pages the change affects are audited. A change with
 * a mistake gets annotations and a summary of its problems.
 */
class PullRequestWorkflowIT {
    static final Path JAR = TestSite.PROJECT.resolve("target/portal.jar");
    static final String CONSULTATION = "content/consultations/example-consultation-a-draft-to-copy.md";

    @TempDir
    Path workspace;
    Path bin;
    Map<String, String> steps = new LinkedHashMap<>();
    Map<String, String> env = new HashMap<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void checkouts() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        bin = Files.createDirectories(workspace.resolve("runner-bin"));
        Path portal = bin.resolve("portal");
        Files.writeString(portal, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + JAR + "' \"$@\"\n");
        assertTrue(portal.toFile().setExecutable(true));
        ZoneId london = ZoneId.of("Europe/London");
        // Dated now, as a real site is: the workflow builds with the real time.
        NewSite main = new NewSite(new NewSite.Settings("NHS Example Integrated Care Board", java.net.URI.create("https://engage.example.nhs.uk/"),
                london, "engagement@example.nhs.uk", ZonedDateTime.now(london).truncatedTo(ChronoUnit.MINUTES), Pin.released("1.0.0", Optional.empty())));
        main.write(workspace.resolve("before"));
        main.write(workspace.resolve("site"));
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(TestSite.read(workspace.resolve("site/.github/workflows/pull-request.yml")));
        for (Map<String, Object> s : (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs"))
                .get("check")).get("steps")) {
            if (s.get("run") instanceof String script) {
                steps.put((String) s.get("name"), script);
            }
        }
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_ENV", workspace.resolve("github-env").toString());
        env.put("GITHUB_STEP_SUMMARY", workspace.resolve("summary.md").toString());
    }

    record Ran(int exit, String output) {
    }

    /** Runs the workflow's step of this name as GitHub does (bash -e, in the workspace); what it puts in $GITHUB_ENV is set for the steps after it. */
    private Ran step(String name) throws IOException, InterruptedException {
        String script = steps.get(name);
        assertTrue(script != null, "no step '" + name + "' in pull-request.yml: " + steps.keySet());
        Path log = Files.createTempFile(workspace, "log", ".txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
                .directory(workspace.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " did not finish");
        Path envFile = workspace.resolve("github-env");
        if (Files.exists(envFile)) {
            for (String line : Files.readAllLines(envFile)) {
                String[] kv = line.split("=", 2);
                env.put(kv[0], kv[1]);
            }
        }
        return new Ran(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void aChangeGetsItsSummaryAndOnlyTheAffectedPagesAudited() throws Exception {
        Path consultation = workspace.resolve("site").resolve(CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replace("\ndraft: true\n", "\ndraft: false\n"));
        Path contact = workspace.resolve("site/content/contact-us.md");
        Files.writeString(contact, Files.readString(contact) + "\nWe answer every email within five working days. If you write "
                + "to us by post, we answer within ten working days. If your question is about a consultation that is open, we "
                + "will answer before it closes.\n");
        // (Deleting a page would change every page: the footer links to it. ChangesCommandTest covers removed pages.)

        assertEquals(0, step("Fix one moment for both builds").exit());
        assertTrue(env.get("NOW").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"), env.toString());
        Ran check = step("Check the content");
        assertEquals(0, check.exit(), check.output());
        assertFalse(check.output().contains("::error"), check.output());
        assertEquals(0, step("Build the website as it is now").exit());
        assertEquals(0, step("Build the website with the change").exit());
        Ran summary = step("Write the summary");
        assertEquals(0, summary.exit(), summary.output());
        String md = Files.readString(workspace.resolve("summary.md"));
        // The added pages are listed by title (the A to Z's new letter pages among them), under their heading.
        String added = md.substring(md.indexOf("### Pages added\n"), md.indexOf("### Pages changed"));
        assertTrue(added.contains("\n- Example consultation \\(a draft to copy\\): `/consultations/example-consultation-a-draft-to-copy/`\n"), md);
        assertFalse(md.contains("### Pages removed"), md);
        assertTrue(md.contains("### Problems\n\nNone"), md);
        assertTrue(md.contains("### Pages changed\n"), md);
        assertTrue(md.contains("- Contact us: `/contact-us/`"), md);
        assertTrue(md.contains("| Page | Reading age | Words |") && md.contains("| `content/contact-us.md` | "), md);
        Ran audit = step("Check the accessibility of the pages the change affects");
        assertEquals(0, audit.exit(), audit.output());
        assertTrue(audit.output().contains(": 0 issues, 0 new"), audit.output());
        String report = TestSite.read(workspace.resolve("audit-report/pa11y.json"));
        assertTrue(report.contains("/consultations/example-consultation-a-draft-to-copy/"), report);
        assertFalse(report.contains("/privacy/"), "an unchanged page is not audited");
        int audited = Integer.parseInt(audit.output().replaceFirst("(?s).*Audited (\\d+) pages.*", "$1"));
        long pages;
        try (Stream<Path> files = Files.walk(workspace.resolve("public"))) {
            pages = files.filter(f -> f.getFileName().toString().equals("index.html")).count();
        }
        assertTrue(audited < pages, "audited " + audited + " of " + pages);
    }

    @Test
    void aChangeWithAMistakeGetsAnnotationsAndASummaryOfItsProblems() throws Exception {
        Path consultation = workspace.resolve("site").resolve(CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replace("\nengagement: consult\n", "\nengagement: talk\n"));
        assertEquals(0, step("Fix one moment for both builds").exit());
        Ran check = step("Check the content");
        assertEquals(1, check.exit(), check.output());
        assertTrue(check.output().contains("::error file=" + CONSULTATION + ",line="), check.output());
        assertEquals(0, step("Build the website as it is now").exit());
        assertEquals(1, step("Build the website with the change").exit());
        Ran summary = step("Write the summary");
        assertEquals(0, summary.exit(), summary.output());
        String md = Files.readString(workspace.resolve("summary.md"));
        assertTrue(md.contains("**The website could not be built with this change**"), md);
        assertTrue(md.contains("**Error** in `" + CONSULTATION + ":"), md);
        assertEquals(1, step("Pass only if the check, the build and the audit passed").exit());
    }
}
