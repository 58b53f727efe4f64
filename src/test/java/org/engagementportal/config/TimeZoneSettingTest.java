package org.engagementportal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** site.yml's {@code timezone}: a time zone database name, and mistakes reported at their line with the nearest name. */
class TimeZoneSettingTest {
    private static final Position VALUE = new Position("content/_data/site.yml", 3, 11);

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private ZoneId zone(String written) {
        TextSite.write(dir, """
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                timezone: %s
                """.formatted(written));
        return new DataLoader(dir, problems).load().site().timeZone();
    }

    private Problem only() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @ParameterizedTest
    @CsvSource({"Europe/London", "Europe/Dublin", "America/New_York", "Europe/Belfast"})
    void aTimeZoneNameIsTheSiteZone(String id) {
        assertEquals(ZoneId.of(id), zone(id));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Europe/Londn, Europe/London",
            "europe/dublin, Europe/Dublin",
            "Dublin, Europe/Dublin",
            "New York, America/New_York",
            "BST, Europe/London",
            "UK, Europe/London",
            "'GMT+1', Europe/London",
            "Amerca/Chicago, America/Chicago"})
    void aMistakeIsAnErrorAtItsValueSuggestingTheNearestName(String written, String nearest) {
        ZoneId zone = zone(written);
        Problem p = only();
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(VALUE, p.position());
        assertEquals("'timezone' must be the name of a time zone, such as Europe/London, but it is \"" + written + "\". Did you mean '"
                + nearest + "'?", p.message());
        assertEquals("Write timezone: " + nearest + ".", p.fix());
        assertEquals(ZoneId.of("Europe/London"), zone, "the rest of the build goes on in UK time");
    }

    @Test
    void aDifferenceFromGmtIsExplainedAsNotEnough() {
        zone("UTC-05:00");
        Problem p = only();
        assertEquals(VALUE, p.position());
        assertTrue(p.message().endsWith("A difference from GMT is not enough: the name of a place says when its clocks change."),
                p.message());
        assertEquals("Write the zone's name as Region/City, for example timezone: Europe/London (the UK) or timezone: "
                + "Europe/Dublin (Ireland).", p.fix());
    }

    @Test
    void somethingLikeNoZoneAtAllGetsExamplesInsteadOfAGuess() {
        zone("the usual");
        Problem p = only();
        assertEquals("'timezone' must be the name of a time zone, such as Europe/London, but it is \"the usual\".", p.message());
        assertTrue(p.fix().startsWith("Write the zone's name as Region/City"), p.fix());
    }

    @ParameterizedTest
    @CsvSource({"GMT", "UTC", "Etc/GMT-1"})
    void aZoneThatNeverChangesForSummerTimeIsUsedWithAWarning(String id) {
        assertEquals(ZoneId.of(id), zone(id));
        Problem p = only();
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(VALUE, p.position());
        assertTrue(p.message().startsWith("'timezone' is " + id + ", whose clocks never change for summer time"), p.message());
        assertTrue(p.fix().startsWith("If the site's times are UK times, write timezone: Europe/London."), p.fix());
    }

    @Test
    void aListOfZonesIsReported() {
        assertEquals(ZoneId.of("Europe/London"), zone("[Europe/London, Europe/Dublin]"));
        Problem p = only();
        assertEquals(VALUE, p.position());
        assertEquals("'timezone' must be text, but it is a list.", p.message());
    }

    @Test
    void theNearestNameIgnoresTheOldShortNamesThatLookLikeMistakes() {
        // "UCT" and "EST5EDT" are in the database but are not what anyone writing "UK" or "EST" means.
        assertEquals(Optional.of("Europe/London"), TimeZoneSetting.nearest("uk"));
        assertEquals(Optional.empty(), TimeZoneSetting.nearest("EST"));
        assertEquals(Optional.of("Asia/Kolkata"), TimeZoneSetting.nearest("Kolkata"));
    }
}
