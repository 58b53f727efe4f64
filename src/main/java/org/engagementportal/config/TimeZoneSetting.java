package org.engagementportal.config;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Suggest;

/**
 * site.yml's {@code timezone}: the one place the site's time zone comes from, for the build's clock, the
 * dates in content, pages and calendars. It must be a name from the time zone database (Europe/London,
 * Europe/Dublin), which knows when the clocks change; a mistake is reported with the nearest name.
 */
public final class TimeZoneSetting {
    private static final Set<String> NAMES = new TreeSet<>(ZoneId.getAvailableZoneIds());
    /** What people in the UK write for UK time, none of which is a time zone name (or, for GMT, not the right one). */
    private static final Set<String> UK_WORDS = Set.of("uk", "u.k.", "united kingdom", "great britain", "britain", "england",
            "wales", "scotland", "northern ireland", "london", "bst", "british summer time", "british time", "uk time",
            "gmt/bst", "gmt+1", "gmt +1", "utc+1", "utc +1", "+01:00", "+1");
    private static final String EXAMPLES = "for example timezone: Europe/London (the UK) or timezone: Europe/Dublin (Ireland)";

    private TimeZoneSetting() {
    }

    /** Whether {@code id} is a time zone's name as 'timezone' is read: "Europe/London", not an offset such as "+01:00". */
    public static boolean isName(String id) {
        return NAMES.contains(id);
    }

    static ZoneId read(Fields f) {
        return f.text("timezone", false).map(id -> zone(id, f)).orElse(SiteConfig.LONDON);
    }

    private static ZoneId zone(String id, Fields f) {
        if (NAMES.contains(id)) {
            ZoneId zone = ZoneId.of(id);
            if (zone.getRules().isFixedOffset()) {
                f.warning("timezone", "'timezone' is " + id + ", whose clocks never change for summer time, so from spring "
                                + "to autumn every time on the site and in its calendars would be an hour away from UK time.",
                        "If the site's times are UK times, write timezone: Europe/London. If " + id + " is really meant, "
                                + "leave it.");
            }
            return zone;
        }
        Optional<String> near = nearest(id);
        String offset = id.matches("(?i)\\s*(utc|gmt)?\\s*[+-]\\s*\\d.*") && near.isEmpty()
                ? " A difference from GMT is not enough: the name of a place says when its clocks change." : "";
        f.error("timezone", "'timezone' must be the name of a time zone, such as Europe/London, but it is \"" + id + "\"."
                        + near.map(n -> " Did you mean '" + n + "'?").orElse("") + offset,
                near.map(n -> "Write timezone: " + n).orElse("Write the zone's name as Region/City, " + EXAMPLES) + ".");
        return SiteConfig.LONDON;
    }

    /** The zone name a mistyped one most likely means: the same name in other capitals, a city's name, or the closest spelling. */
    public static Optional<String> nearest(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        if (UK_WORDS.contains(w)) {
            return Optional.of("Europe/London");
        }
        String asName = w.replace(' ', '_');
        for (String name : NAMES) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals(asName) || lower.endsWith("/" + asName) && name.indexOf('/') == name.lastIndexOf('/')) {
                return Optional.of(name);
            }
        }
        // Only Region/City names: the old short ones (UCT, EST5EDT, GB-Eire) are close to too many mistakes.
        return Suggest.closest(written.strip(), NAMES.stream().filter(n -> n.contains("/") && !n.startsWith("Etc/")
                && !n.startsWith("SystemV/")).toList());
    }
}
