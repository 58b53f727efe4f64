package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which baselined issues an audit looked for, so that only those are "fixed" when not found, and the others are kept
 * when the baseline is written again: a baseline written with warnings, then a plain audit, reported every warning as
 * fixed; an audit of the pages a pull request changed, with --update-baseline, wrote a baseline of those pages alone.
 */
class BaselineScopeTest {
    static final Pa11yConfig.Options ERRORS = Pa11yConfig.DEFAULTS;
    static final Pa11yConfig.Options WARNINGS = Pa11yConfig.DEFAULTS.including(true, false);

    @Test
    void anErrorIsLookedForAtTheDefaultLevelsAndAWarningOnlyWhenWarningsAreAsked() {
        assertTrue(Audit.lookedFor("color-contrast", ERRORS));
        assertFalse(Audit.lookedFor("region", ERRORS), "axe-core's best practice is a warning");
        assertTrue(Audit.lookedFor("region", WARNINGS));
        assertFalse(Audit.lookedFor("portal.fake-heading", ERRORS), "the portal's rule of level warning");
        assertTrue(Audit.lookedFor("portal.fake-heading", WARNINGS));
    }

    @Test
    void aRuleAboveTheStandardOrIgnoredIsNotLookedFor() throws Exception {
        assertFalse(Audit.lookedFor("color-contrast-enhanced", ERRORS), "AAA, above the standard AA");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("pa11yci", ".json");
        java.nio.file.Files.writeString(file, "{\"defaults\": {\"ignore\": [\"Color-Contrast\", \"warning\"], \"includeWarnings\": true}}");
        Pa11yConfig.Options ignoring = Pa11yConfig.read(file).defaults();
        assertFalse(Audit.lookedFor("color-contrast", ignoring));
        assertFalse(Audit.lookedFor("region", ignoring), "every warning ignored");
        assertTrue(Audit.lookedFor("image-alt", ignoring));
        assertTrue(Audit.lookedFor("some-rule-of-a-later-axe", ERRORS), "an unknown rule counts as looked for");
        java.nio.file.Files.delete(file);
    }
}
