package org.engagementportal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The steps of a new site's {@code .github/actions/portal/action.yml} that read {@code .portal-version} and fetch
 * the portal, run by bash as GitHub runs them, against target/portal.jar (offered at a file: address in place
 * of the release page): the pinned jar is taken and runs; a jar whose SHA-256 differs is refused and removed.
 */
class PinnedPortalIT {
    static final Path JAR = TestSite.PROJECT.resolve("target/portal.jar");

    @TempDir
    Path dir;
    Path site;
    Path home;
    Map<String, String> steps;

    @BeforeEach
    void siteStartedByTheJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        site = dir.resolve("site");
        Ran init = run(dir, Map.of(), Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "init", site.toString(), "--name", "NHS Example Integrated Care Board", "--base-url", "https://engage.example.nhs.uk/");
        assertEquals(0, init.exit(), init.output());
        home = Files.createDirectories(dir.resolve("home"));
        steps = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> action = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(TestSite.read(site.resolve(".github/actions/portal/action.yml")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
        for (Map<String, Object> s : list) {
            if (s.get("run") instanceof String script) {
                steps.put((String) s.get("name"), script.replace("${{ inputs.site }}", "."));
            }
        }
        // Where the release page would be: the jar itself.
        Path pin = site.resolve(".portal-version");
        Files.writeString(pin, Files.readString(pin).replaceFirst("(?m)^download=.*$", "download=file://" + JAR));
    }

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

    /** Runs the action's step of this name with bash -e, as GitHub does, and returns what it wrote to $GITHUB_OUTPUT. */
    private Ran step(String name, Map<String, String> env) throws IOException, InterruptedException {
        String script = steps.get(name);
        assertTrue(script != null, "no step '" + name + "' in action.yml: " + steps.keySet());
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("HOME", home.toString());
        all.put("GITHUB_OUTPUT", dir.resolve("output").toString());
        all.put("GITHUB_PATH", dir.resolve("path").toString());
        List<String> command = new ArrayList<>(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script));
        return run(site, all, command.toArray(String[]::new));
    }

    private Map<String, String> pinned() throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("output"));
        Ran read = step("Read the pinned version from .portal-version", Map.of());
        assertEquals(0, read.exit(), read.output());
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("output"))) {
            String[] kv = line.split("=", 2);
            out.put(kv[0].toUpperCase(java.util.Locale.ROOT), kv[1]);
        }
        return out;
    }

    @Test
    void theWorkflowsTakeExactlyThePinnedJarAndRunIt() throws Exception {
        Map<String, String> pin = pinned();
        Ran version = run(dir, Map.of(), Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--version");
        assertEquals("portal " + pin.get("VERSION"), version.output().lines().findFirst().orElseThrow());
        Ran fetch = step("Download the portal and check its SHA-256", pin);
        assertEquals(0, fetch.exit(), fetch.output());
        assertTrue(fetch.output().startsWith("portal " + pin.get("VERSION") + "\naxe-core "), fetch.output());
        assertEquals(home.resolve(".portal") + "\n", Files.readString(dir.resolve("path")));
        Ran wrapper = run(site, Map.of(), home.resolve(".portal/portal").toString(), "check", "-q");
        assertEquals(0, wrapper.exit(), wrapper.output());
    }

    /**
     * The wrapper sets a UTF-8 locale itself, as bin/portal does: the workflows run in a Debian container that sets none,
     * where Java read a file's Welsh name (ymatebion-\u00e2.csv) as unreadable letters and every check, build and publish of
     * the site failed.
     */
    @Test
    void theWrapperReadsFileNamesInAnyAlphabetWhereNoLocaleIsSet() throws Exception {
        Ran fetch = step("Download the portal and check its SHA-256", pinned());
        assertEquals(0, fetch.exit(), fetch.output());
        // Named by bash from its bytes, so the name does not depend on how this test's own Java reads names.
        Ran copy = run(site, Map.of(), "bash", "-c", "printf 'a,b\\n1,2\\n' > \"content/ymatebion-$(printf '\\303\\242').csv\"");
        assertEquals(0, copy.exit(), copy.output());
        List<String> command = new ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home, "GITHUB_ACTIONS=true",
                home.resolve(".portal/portal").toString(), "check", "-q"));
        Ran check = run(site, Map.of(), command.toArray(String[]::new));
        assertFalse(check.output().contains("letters the portal cannot read"), check.output());
        assertEquals(0, check.exit(), check.output());
    }

    @Test
    void aJarWithAnotherChecksumIsRefusedAndRemoved() throws Exception {
        Path pinFile = site.resolve(".portal-version");
        Files.writeString(pinFile, Files.readString(pinFile).replaceFirst("(?m)^sha256=.*$", "sha256=" + "ab".repeat(32)));
        Map<String, String> pin = pinned();
        Ran fetch = step("Download the portal and check its SHA-256", pin);
        assertEquals(1, fetch.exit(), fetch.output());
        assertTrue(fetch.output().contains("::error file=.portal-version::The portal downloaded from file://" + JAR
                + " is not the file .portal-version names"), fetch.output());
        assertFalse(Files.exists(home.resolve(".portal/portal-" + pin.get("VERSION") + ".jar")), "the wrong jar is removed");
        assertFalse(Files.exists(home.resolve(".portal/portal")), "no portal to run");
    }

    @Test
    void aPinWithoutAChecksumStopsTheJob() throws Exception {
        Path pinFile = site.resolve(".portal-version");
        Files.writeString(pinFile, Files.readString(pinFile).replaceFirst("(?m)^sha256=.*$", "sha256="));
        Files.deleteIfExists(dir.resolve("output"));
        Ran read = step("Read the pinned version from .portal-version", Map.of());
        assertEquals(1, read.exit(), read.output());
        assertTrue(read.output().contains(".portal-version has no sha256= line"), read.output());
    }
}
