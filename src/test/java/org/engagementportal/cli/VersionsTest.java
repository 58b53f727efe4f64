package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.engagementportal.source.Json;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code portal --version}, and the note about a newer portal that a workflow can ask {@code portal check} for. */
class VersionsTest {

    @Test
    @SuppressWarnings("unchecked")
    void versionNamesThePortalAxeCoreAndNhsukFrontendAsPinned() {
        Portal.Run run = Portal.run("--version");
        assertEquals(0, run.exit(), run.all());
        Map<String, Object> pinned = (Map<String, Object>) ((Map<String, Object>) Json.read(TestSite.read(TestSite.PROJECT.resolve("package.json"))))
                .get("devDependencies");
        String pom = TestSite.read(TestSite.PROJECT.resolve("pom.xml"));
        String project = pom.replaceFirst("(?s).*?</parent>|(?s)^.*?<artifactId>engagement-portal</artifactId>\\s*<version>", "")
                .replaceFirst("(?s)</version>.*", "");
        assertEquals(String.join("\n", "portal " + project, "axe-core " + pinned.get("axe-core"),
                "NHS.UK frontend " + pinned.get("nhsuk-frontend")), run.out().strip());
    }

    /** Found in review: each command's help offers -V, --version, which printed nothing and succeeded. */
    @ParameterizedTest
    @CsvSource({"build", "check", "serve", "audit", "new", "init", "changes"})
    void everyCommandsVersionOptionPrintsTheVersion(String command) {
        Portal.Run run = Portal.run(command, "--version");
        assertEquals(0, run.exit(), run.all());
        assertEquals(Portal.run("--version").out(), run.out());
        assertTrue(run.out().startsWith("portal "), run.out());
    }

    @ParameterizedTest
    @CsvSource({"0.2.0,0.1.0,true", "0.1.0,0.1.0,false", "0.1.0,0.2.0,false", "1.10.0,1.9.3,true", "v0.1.1,0.1.0,true",
        "0.1.0,0.1.0-SNAPSHOT,true", "0.1.0-SNAPSHOT,0.1.0,false", "1.0,1.0.0,false"})
    void newerComparesVersionsNumberByNumber(String other, String mine, boolean newer) {
        assertEquals(newer, Versions.newer(other, mine));
    }

    @Test
    void checkNamesANewerPortalOnlyWhenAskedAndOnlyWhenItIsNewer() {
        String site = TestSite.PROJECT.resolve("src/test/resources/sites/small").toString();
        Portal.Run asked = Portal.run("check", "--source", site, "--now", NewCommandTest.NOW, "-q", "--latest-version", "99.0.0");
        assertEquals(0, asked.exit(), asked.all());
        assertTrue(asked.err().contains("portal 99.0.0 is out; this site is built with " + Versions.portal()), asked.all());
        Portal.Run github = Portal.run("check", "--source", site, "--now", NewCommandTest.NOW, "-q", "--latest-version", "99.0.0",
                "--format", "github");
        assertTrue(github.out().contains("::notice file=.portal-version,title=A newer portal::portal 99.0.0 is out"), github.all());
        Portal.Run same = Portal.run("check", "--source", site, "--now", NewCommandTest.NOW, "-q", "--latest-version", "0.0.1");
        assertFalse(same.all().contains("is out"), same.all());
        Portal.Run notAsked = Portal.run("check", "--source", site, "--now", NewCommandTest.NOW, "-q");
        assertFalse(notAsked.all().contains("is out"), notAsked.all());
    }
}
