package org.engagementportal.content;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagementportal.attachments.FileFacts;
import org.engagementportal.attachments.Inspector;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Address;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Fields;
import org.engagementportal.source.PathSegments;
import org.engagementportal.source.Suggest;

/**
 * What a reader needs besides the front matter: the file's place, the site data, the files that exist
 * under {@code content/} (to check attachments) and the build's clock.
 *
 * @param source      "content/consultations/dental.md"
 * @param folder      the file's folder under content/, "consultations" ("" at the top)
 * @param staticFiles every non-Markdown file under content/, as paths under content/
 */
public record ReadContext(String source, String folder, SiteData data, Set<String> staticFiles, ZonedDateTime now,
                   Variant variant, Inspector inspector) {

    /** Ids of groups from {@code groups.yml} ("reached", a consultation's "groups"), each unknown one reported with the nearest. */
    public List<String> groups(Fields f, String key) {
        return terms(f, key, data.vocabulary().groups(), org.engagementportal.config.DataLoader.GROUPS_FILE, "group");
    }

    /**
     * Ids from the list in {@code content/_data/<file>} ("topics.yml"), each unknown one reported with the nearest; none,
     * and nothing reported, while that list has a mistake (reported there): every page with a topic was told its topic was
     * not in a list "with no topics yet".
     */
    public List<String> terms(Fields f, String key, List<org.engagementportal.config.Term> list, String file, String kind) {
        if (data.vocabulary().unreadable(file)) {
            return List.of();
        }
        return f.terms(key, org.engagementportal.config.Vocabulary.ids(list), kind, "content/_data/" + file);
    }

    /**
     * A date and time in the site's time zone. A time the clocks skip (01:30 on the day they go forward) is read as the
     * time an hour later, and one they pass twice (01:30 on the day they go back) as the first, each with a warning; so
     * is a year more than ten years ahead of the build's clock, which is more often a slip of the keyboard than a plan.
     */
    public Optional<ZonedDateTime> dateTime(Fields f, String key, LocalTime dateOnlyTime, boolean required) {
        return f.dateTime(key, dateOnlyTime, required).map(local -> {
            java.time.zone.ZoneRules rules = data.site().timeZone().getRules();
            List<java.time.ZoneOffset> offsets = rules.getValidOffsets(local);
            ZonedDateTime at = zoned(local);
            String written = local.toLocalTime() + " on " + local.toLocalDate();
            if (offsets.isEmpty()) {
                f.warning(key, written + " does not happen here: the clocks go forward that night, from "
                                + rules.getTransition(local).getDateTimeBefore().toLocalTime() + " to "
                                + rules.getTransition(local).getDateTimeAfter().toLocalTime() + ". It is read as "
                                + at.toLocalTime() + ".",
                        "Write the time as the clocks will show it: " + key + ": " + at.toLocalDate() + "T" + at.toLocalTime() + ".");
            } else if (offsets.size() > 1) {
                f.warning(key, written + " happens twice here: the clocks go back that night, from "
                                + rules.getTransition(local).getDateTimeBefore().toLocalTime() + " to "
                                + rules.getTransition(local).getDateTimeAfter().toLocalTime() + ". It is read as the first time.",
                        "Choose a time outside that hour, if you can, so nobody is in doubt.");
            }
            if (local.toLocalDate().isAfter(now.toLocalDate().plusYears(10))) {
                f.warning(key, "this is in " + local.getYear() + ", more than ten years from now (" + now.getYear() + ").",
                        "Check the year: a slip of the keyboard, such as 2062 for 2026, is easily made.");
            }
            return at;
        });
    }

    /**
     * Warns at {@code key} when the file is named by a date ("2026-12-10.md", as meetings and bulletins are) that is not
     * {@code date}: a file copied from the last one, with its title changed and not its date, would publish the old date
     * under the new file's address and in calendars.
     *
     * @param what "meeting", "bulletin"
     */
    public void fileDateAgrees(Fields f, String key, java.time.LocalDate date, String what) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!stem.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return;
        }
        // A version ("2026-11-20.ro.md") is named after its page, which a rename would leave it without.
        boolean version = name.indexOf('.') != name.lastIndexOf('.');
        org.engagementportal.source.Values.date(stem).filter(named -> !named.equals(date)).ifPresent(named -> f.warning(key,
                "this " + what + "'s file is named for " + named + " (" + name + "), but its '" + key + "' is " + date + ".",
                version ? "Give it its page's date, as the page's file " + stem + ".md has it:\n" + key + ": " + named
                        : "Correct '" + key + "' to the " + what + "'s date, or rename the file to " + date
                        + name.substring(stem.length()) + moved(stem) + "; and check the dates in its title and summary."));
    }

    /**
     * For a renamed dated file: its old address kept as an alias, so bookmarks, links from other websites and people's
     * calendars still reach it. " and keep its old address with aliases: [/governing-body/2026-12-10/]".
     */
    private String moved(String stem) {
        String old = "/" + (folder.isEmpty() ? "" : folder + "/") + stem + "/";
        return " (if it was published under this name, keep its address for bookmarks and calendars with the line aliases: ["
                + old + "])";
    }

    /**
     * The {@code cancelled} group of a meeting or an event: the day it was called off, why, and the one held instead.
     * Written as a word ("cancelled: yes") it is an error, as it would otherwise be published as going ahead; left empty,
     * as a new file from {@code portal new} has it, it is not given, as every empty field is. A day after today, or after
     * the day it was to be held, is an error.
     *
     * @param what    "meeting", "event"
     * @param example how the one held instead is written, "governing-body/2026-03-19"
     * @param path    its address, from how it is written
     * @param starts  when it was to start, if that could be read
     */
    public Optional<Cancellation> cancellation(Fields f, String what, String example, java.util.function.Function<String, String> path,
                                               Optional<ZonedDateTime> starts) {
        if (f.has("cancelled") && !(f.node("cancelled").orElse(null) instanceof org.engagementportal.source.YamlNode.Mapping)) {
            f.error("cancelled", "'cancelled' needs the day the " + what + " was called off, on a line of its own under it.",
                    "Write it as three lines: 'cancelled:', then '  on: 2026-03-02' with the day it was called off, then "
                            + "'  reason: ' and why in a sentence. Add '  instead: ' and the file of the " + what + " held in its "
                            + "place, such as " + example + ", if there is one.");
            return Optional.empty();
        }
        Optional<Cancellation> read = f.group("cancelled", "the 'cancelled' group", Cancellation.FIELDS).flatMap(c -> {
            Optional<java.time.LocalDate> on = c.date("on", true);
            Optional<String> reason = c.text("reason", false);
            Optional<String> instead = c.text("instead", false);
            return on.map(d -> new Cancellation(d, reason, instead, instead.map(path)));
        });
        read.ifPresent(c -> {
            if (c.on().isAfter(now.toLocalDate())) {
                f.problems().error(f.at("cancelled", "on"), "the " + what + " is cancelled on " + c.on() + ", which is after today ("
                                + now.toLocalDate() + "): the page says it is cancelled as soon as it is published.",
                        "Write the day it was called off, today or before, such as on: " + now.toLocalDate() + ".");
            } else if (starts.isPresent() && c.on().isAfter(starts.get().toLocalDate())) {
                f.problems().error(f.at("cancelled", "on"), "the " + what + " is cancelled on " + c.on() + ", after the day it was to "
                                + "be held (" + starts.get().toLocalDate() + ").", "Check 'on' and 'starts': a " + what + " is called "
                                + "off before it is held. If it was held, remove the 'cancelled' group.");
            }
        });
        return read;
    }

    public ZonedDateTime zoned(LocalDateTime local) {
        return local.atZone(data.site().timeZone());
    }

    /**
     * An attachment named by a field: a file name beside the content file ("paper.pdf"), or a path from
     * content/ ("/papers/paper.pdf"). A file that does not exist is reported at the line naming it.
     */
    public Optional<Attachment> attachment(Fields f, String key, String title) {
        return attachment(f, key, title, Optional.empty());
    }

    /** An attachment, as {@link #attachment(Fields, String, String)}, with the page that gives its text when there is one. */
    public Optional<Attachment> attachment(Fields f, String key, String title, Optional<Attachment.WebVersion> web) {
        return f.text(key, true).flatMap(name -> {
            // The address policy first: a document is a file on this site, never another kind of address.
            Optional<Address.Allowed> allowed = f.allowedAddress(key, name);
            if (allowed.isEmpty()) {
                return Optional.empty();
            }
            if (allowed.get().kind() != Address.Kind.SITE) {
                f.error(key, "'" + key + "' must name a file saved beside this page, but it is an address elsewhere ("
                                + Excerpt.of(name, 100) + ").",
                        "Save the document in content/" + (folder.isEmpty() ? "" : folder + "/") + " and give its file name; "
                                + "to point to a document on another website, link to it in the page's text.");
                return Optional.empty();
            }
            String path = name.startsWith("/") ? name.substring(1) : (folder.isEmpty() ? name : folder + "/" + name);
            path = normalise(path);
            if (path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
                // A page is not a document: it has an address of its own, and the portal publishes it as a page.
                f.error(key, "'" + name + "' is a page's file, and '" + key + "' names a document published as it is (such as "
                                + "a PDF).", "Name a document here, such as a PDF, and link to the page in the text instead. (Minutes written "
                                + "as a page are given with page: and the page's address, in place of file:.)");
                return Optional.empty();
            }
            if (path == null || !staticFiles.contains(path)) {
                List<String> here = staticFiles.stream()
                        .filter(p -> p.startsWith(folder.isEmpty() ? "" : folder + "/"))
                        .map(p -> p.substring(folder.isEmpty() ? 0 : folder.length() + 1))
                        .filter(p -> !p.contains("/"))
                        .sorted().toList();
                f.error(key, "the file '" + name + "' named here does not exist (looked for content/" + (path == null ? name : path)
                                + ")." + Suggest.didYouMean(name, here),
                        "Put the file in content/" + (folder.isEmpty() ? "" : folder + "/")
                                + " beside this page, or correct its name: it must match exactly, including capital letters.");
                return Optional.empty();
            }
            FileFacts facts = inspector.inspect(path);
            String shown = "content/" + path;
            if (facts.unreadable().isPresent()) {
                f.error(key, "the PDF " + shown + " cannot be opened: " + facts.unreadable().get().why() + ".",
                        facts.unreadable().get().fix());
                return Optional.empty();
            }
            if (facts.programs().isPresent()) {
                f.error(key, programs(shown, facts), PDF_WITHOUT_PROGRAMS);
                return Optional.empty();
            }
            facts.trail().ifPresent(trail -> f.warning(key, trail(shown, trail), TRAIL_FIX));
            List<String> gaps = facts.accessibilityGaps();
            if (!gaps.isEmpty()) {
                // With a web version, the page offers that beside it; what is left to do is the PDF itself.
                f.warning(key, "the PDF " + shown + " has " + andList(gaps) + ", so it may not be usable with a "
                                + "screen reader. The page will say so next to its link and offer " + (web.isPresent()
                                ? "its web version and an accessible format." : "an accessible format."),
                        gapsFix(facts, web.isPresent()));
            }
            return Optional.of(new Attachment(title, path, f.at(key), facts, web));
        });
    }

    /** What a PDF's properties give away of who made it and where ({@code FileFacts.trail}), wherever it is found. */
    static String trail(String shown, String trail) {
        return "the PDF " + shown + " has " + trail + " in its document properties, which anyone who opens it can read.";
    }

    /** How to make a PDF without what its properties give away. */
    static final String TRAIL_FIX = "Before saving the PDF, take it out: in Word, File, Info, Check for Issues, Inspect Document, "
            + "then remove 'Document Properties and Personal Information'; or change it in the PDF's properties (in Adobe "
            + "Acrobat, File, Properties).";

    /** Why a PDF that carries programs is not published, wherever it is found. */
    static String programs(String shown, FileFacts facts) {
        return "the PDF " + shown + " contains " + facts.programs().orElseThrow() + ". Published on the site, it would act "
                + "in readers' PDF viewers in the organisation's name, so the portal does not publish it.";
    }

    /** The fix for a PDF that carries programs. */
    static final String PDF_WITHOUT_PROGRAMS = "Make the PDF again from the document it came from (in Word: File, Save as, PDF), "
            + "or print it to a PDF: both leave programs out. If it is a form to fill in, publish the questions as a page or "
            + "link to an online form instead.";
    /** How to make a PDF accessible itself, the fix for one whose text is a page already. */
    private static final String PDF_EXPORT = "Export it again as a tagged PDF (in Word: File, Save as, PDF, Options, 'Document "
            + "structure tags for accessibility'), with a title and language set in its properties";
    /** The fix for a PDF without a title, language or tags, wherever it is found. */
    static final String PDF_TAGGED = PDF_EXPORT + "; or publish the text as a page.";

    /** How to lift restrictions that keep a PDF's text from screen readers. */
    private static final String PDF_UNLOCKED = "Save or export the PDF again without restrictions on copying or accessibility "
            + "(in Acrobat: File, Properties, Security, Security Method: No Security), and replace the file.";

    /** How to give a PDF its own title in place of the one its program filled in. */
    private static final String PDF_OWN_TITLE = "Type the paper's title in the document's properties (in Word: File, Info, "
            + "Title) and save it as a PDF again.";

    /**
     * The fix for a PDF's accessibility gaps: lifting its restrictions, giving it its own title, and exporting it tagged
     * when it lacks more; where the page has its web version, publishing the text as a page is done already.
     */
    static String gapsFix(FileFacts facts, boolean web) {
        List<String> fixes = new java.util.ArrayList<>();
        if (facts.locked()) {
            fixes.add(PDF_UNLOCKED);
        }
        if (facts.titledBy().isPresent()) {
            fixes.add(PDF_OWN_TITLE);
        }
        if (facts.accessibilityGaps().size() > fixes.size()) {
            fixes.add(web ? PDF_EXPORT + "." : PDF_TAGGED);
        }
        return String.join(" ", fixes);
    }

    /** "a, b and c". */
    static String andList(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Resolves "." and ".." in a path under content/; null if it climbs out. */
    private static String normalise(String path) {
        List<String> parts = PathSegments.resolve(path);
        return parts == null ? null : String.join("/", parts);
    }

    /**
     * Whether a venue is written as something other than a name or a group (a list), which {@link #venue} reports: a
     * meeting or event is then not told as well that it needs a venue.
     */
    static boolean venueMisshapen(Fields f, String key) {
        return f.node(key).filter(n -> !(n instanceof org.engagementportal.source.YamlNode.Scalar)
                && !(n instanceof org.engagementportal.source.YamlNode.Mapping)).isPresent();
    }

    /**
     * A venue still to come with its name alone: people who do not know "Eastbrook Library" cannot find it, and search
     * engines do not offer an event without an address. Warned about until it starts (a past one sends nobody anywhere),
     * and not for one called off, nor where 'address:' is written with nothing after it yet.
     */
    public void venueWithoutAddress(Fields f, Optional<Venue> venue, ZonedDateTime starts, boolean cancelled, String what) {
        // Of a page's versions, the page is told: its own venue is the one to mend first.
        if (venue.isEmpty() || venue.get().address().isPresent() || cancelled || !starts.isAfter(now) || !variant.isOriginal()) {
            return;
        }
        // An 'address:' written and left empty is one not known yet, as a new file starts it ("To be confirmed").
        if (f.node("venue").filter(n -> n instanceof org.engagementportal.source.YamlNode.Mapping m
                && m.entries().stream().anyMatch(e -> e.key().equals("address"))).isPresent()) {
            return;
        }
        String name = venue.get().name();
        if (ADDRESS_IN_NAME.matcher(name).find()) {
            return; // "Kingsmere Library, Abbey Walk, Kingsmere, NS5 6JG": the address is there, on the one line
        }
        f.warning("venue", "the venue of this " + what + " is a name alone, '" + org.engagementportal.source.Excerpt.of(name, 60)
                        + "', with no address: people who do not know it cannot find it, and search engines do not show "
                        + "the " + what + " without one.",
                "Write the venue with its address, each on a line of its own:\nvenue:\n  name: " + name
                        + "\n  address: the street, town and postcode");
    }

    /** A venue's name with its address after it on one line: a comma and more words, or a UK postcode. */
    private static final java.util.regex.Pattern ADDRESS_IN_NAME =
            java.util.regex.Pattern.compile(",\\s*\\S|" + org.engagementportal.source.Postcodes.UK.pattern());

    /** A venue written as a name alone, or as a group with name, address and access. */
    public Optional<Venue> venue(Fields f, String key) {
        if (!f.has(key)) {
            return Optional.empty();
        }
        if (f.node(key).orElseThrow() instanceof org.engagementportal.source.YamlNode.Scalar) {
            return f.text(key, false).map(name -> new Venue(name, Optional.empty(), Optional.empty()));
        }
        return f.group(key, "the 'venue'", List.of("name", "address", "access")).flatMap(v -> v.text("name", true).map(name ->
                        new Venue(name, v.text("address", false), v.text("access", false))));
    }
}
