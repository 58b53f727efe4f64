package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checks stage is used by the build and the audit, and uses neither (nor the stages that come after it). */
class ChecksPackageTest {
    static final Path SOURCES = Path.of("src/main/java/org/engagementportal");
    static final Pattern LATER = Pattern.compile("org\\.engagementportal\\.(audit|generate|render|jbake|cli|pipeline)\\b");

    @Test
    void checksUsesNoLaterStage() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SOURCES.resolve("checks"))) {
            files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() >= FastRules.ALL.size(), "the rules are there: " + files);
        List<String> uses = new ArrayList<>();
        for (Path f : files) {
            Matcher m = LATER.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                uses.add(f.getFileName() + ": " + m.group());
            }
        }
        assertEquals(List.of(), uses);
    }

    @Test
    void theBuildAndTheAuditUseTheChecksStage() throws IOException {
        for (String user : List.of("generate/BuildContext.java", "audit/Audit.java")) {
            assertTrue(Files.readString(SOURCES.resolve(user), StandardCharsets.UTF_8).contains("import org.engagementportal.checks.FastRules;"),
                    user);
        }
        assertFalse(Files.exists(SOURCES.resolve("audit/rules")), "no rules left under audit");
    }
}
