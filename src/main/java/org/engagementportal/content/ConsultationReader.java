package org.engagementportal.content;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagementportal.source.Fields;

/** Reads a consultation's own fields and checks the rules that need no clock. */
public final class ConsultationReader {
    /** A formal public consultation runs for at least 12 weeks. */
    static final int FORMAL_WEEKS = Consultation.FORMAL_WEEKS;
    static final int OUTCOME_DUE_WEEKS = Consultation.OUTCOME_DUE_WEEKS;
    static final LocalTime CLOSES_AT_END_OF_DAY = LocalTime.of(23, 59);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    /**
     * When a consultation's time for responding ends, for counting its length: a close at 23:59 (a date alone, or the
     * last minute written out) is the end of that day, so a consultation from 1 March to 23 May runs for the 84 days, 12
     * weeks, a person counts, not a minute short of them.
     */
    static ZonedDateTime counted(ZonedDateTime closes) {
        return closes.toLocalTime().equals(CLOSES_AT_END_OF_DAY) ? closes.plusMinutes(1) : closes;
    }

    private ConsultationReader() {
    }

    /**
     * The events named as ways to respond, each with where it is written ("respond.events.kingsmere-drop-in"), so that
     * three wrong ones are reported at their three lines, not all at the first.
     */
    private static List<String> events(Fields respond) {
        return respond.placedTexts("events").stream().map(e -> {
            respond.place("events", e.value(), e.at());
            return e.value();
        }).toList();
    }

    /**
     * The survey people respond at: a web address starting https://. One starting http:// sends what patients tell us about
     * their health unencrypted, and browsers mark its pages "not secure" (found in review: it was taken silently).
     */
    private static Optional<java.net.URI> survey(org.engagementportal.source.Fields r, Optional<java.time.ZonedDateTime> closes,
                                                 ReadContext ctx) {
        Optional<java.net.URI> online = r.webLink("online", false);
        // Only while people can still respond: a closed consultation's survey is not offered, and an old one must not
        // stop the site publishing.
        boolean open = closes.map(ctx.now()::isBefore).orElse(true);
        if (open && online.filter(u -> "http".equalsIgnoreCase(u.getScheme())).isPresent()) {
            r.error("online", "the survey's address starts http://, so what people tell us in it is sent unencrypted, and "
                    + "browsers mark it not secure.", "Write its address starting https://, as "
                    + online.get().toString().replaceFirst("(?i)^http:", "https:") + ", after checking that it opens.");
        }
        return online; // kept, so the consultation is not also told it gives no way to respond
    }

    public static Optional<Consultation> read(Fields f, ReadContext ctx) {
        Optional<ZonedDateTime> opens = ctx.dateTime(f, "opens", LocalTime.MIDNIGHT, true);
        Optional<ZonedDateTime> closes = ctx.dateTime(f, "closes", CLOSES_AT_END_OF_DAY, true);
        boolean formal = f.flag("formal", false);
        var engagement = f.choice("engagement", Engagement.byId(), false);
        var stage = f.choice("stage", Stage.byId(), false);
        List<String> groups = ctx.groups(f, "groups");
        Respond respond = f.group("respond", "the 'respond' group", List.of("online", "email", "post", "phone", "events"))
                .map(r -> new Respond(survey(r, closes, ctx), r.email("email", false), r.text("post", false),
                        r.phone("phone", false), events(r)))
                .orElse(Respond.none());
        List<Attachment> documents = documents(f, ctx, false);
        Optional<Report> feedback = report(f, "feedback");
        Optional<Report> outcome = report(f, "outcome");
        Evidence evidence = EvidenceReader.read(f, ctx);
        if (opens.isEmpty() || closes.isEmpty()) {
            return Optional.empty();
        }
        if (!closes.get().isAfter(opens.get())) {
            f.error("closes", "the consultation closes (" + SHOWN.format(closes.get()) + ") before it opens ("
                    + SHOWN.format(opens.get()) + ").", "Check both dates: 'closes' must be after 'opens'.");
        } else if (formal && counted(closes.get()).isBefore(opens.get().plusWeeks(FORMAL_WEEKS))) {
            ZonedDateTime earliest = opens.get().plusWeeks(FORMAL_WEEKS);
            // Opened at the start of a day, the 12 weeks end at the end of a day: the date alone says so ("closes: 2026-05-23"
            // is 23:59 on the 23rd, as a consultation from 1 March to 23 May runs for 84 days).
            String move = earliest.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? earliest.toLocalDate().minusDays(1) + " (" + DAY.format(earliest.minusDays(1)) + ", until the end of the day)"
                    : earliest.toLocalDate() + "T" + earliest.toLocalTime() + " (" + SHOWN.format(earliest) + ")";
            f.error("closes", "a formal consultation must run for at least " + FORMAL_WEEKS + " weeks, but this one runs for "
                            + length(opens.get(), counted(closes.get())) + ".",
                    "Move 'closes' to " + move + " or later, or set formal: false if this is not a formal public consultation.");
        }
        Consultation consultation = new Consultation(opens.get(), closes.get(), formal, engagement, stage, groups, respond,
                documents, feedback, outcome, evidence);
        if (closes.get().isAfter(opens.get())) {
            checkLifecycle(f, ctx, consultation);
        }
        return Optional.of(consultation);
    }

    /**
     * What must be true at this point of the consultation's life: while it is open or about to open, people
     * need a way to respond; "you said" and "we did" wait until it has closed; and the outcome is due within
     * 12 weeks of closing.
     */
    private static void checkLifecycle(Fields f, ReadContext ctx, Consultation c) {
        ZonedDateTime now = ctx.now();
        ZonedDateTime opens = c.opens();
        ZonedDateTime closes = c.closes();
        boolean notClosed = now.isBefore(closes);
        if (notClosed && c.respond().isEmpty()) {
            f.error(f.has("respond") ? "respond" : "closes", "this consultation " + (now.isBefore(opens) ? "has not opened yet" : "is open")
                            + ", but it gives no way to respond.",
                    "Add a 'respond' group with at least one of: online (a web link to the survey), email, post, phone, or "
                            + "events (drop-in sessions in content/events/).");
        }
        for (String key : List.of("feedback", "outcome")) {
            Optional<Report> report = key.equals("feedback") ? c.feedback() : c.outcome();
            if (report.isEmpty()) {
                continue;
            }
            if (notClosed) {
                f.problems().error(f.atKey(key), "this consultation is still " + (now.isBefore(opens) ? "to open" : "open") + " (it closes "
                                + SHOWN.format(closes) + "), so its '" + key + "' cannot be published yet.",
                        "Keep the '" + key + "' out of the file until the consultation has closed.");
            } else if (report.get().date().isBefore(closes.toLocalDate())) {
                f.problems().warning(f.at(key, "date"), "the " + key + " is dated " + report.get().date() + ", before the consultation closed on "
                                + closes.toLocalDate() + ".",
                        "Check the date: it should be the day the " + key + " was published, after the consultation closed.");
            }
        }
        if (ctx.variant().isOriginal()) {
            checkEvidence(f, c, now.isBefore(opens));
        }
        // Not of a draft, which has no page to tell readers so (portal init's draft example, its dates long past).
        if (c.outcomeOverdue(now) && ctx.variant().isOriginal() && !f.saysTrue("draft")) {
            f.warning("closes", "the outcome of this consultation was due by " + c.outcomeDue() + ", " + OUTCOME_DUE_WEEKS
                            + " weeks after it closed, and has not been published. The page tells readers the response is delayed.",
                    "Publish what was decided in an 'outcome' group (a date and a body), with 'feedback' for what people said.");
        }
    }

    /**
     * The evidence a decision needs: a formal consultation's equality impact assessment (nothing before it opens, a
     * warning from when it opens until there is an outcome, then an error, as a decision must show it considered it), scrutiny of a substantial variation,
     * and the meeting that decided an outcome. Checked on the page itself, not on its easy-read and translated
     * versions, which must give the same facts (see types/EvidenceVersions).
     */
    private static void checkEvidence(Fields f, Consultation c, boolean upcoming) {
        Evidence e = c.evidence();
        // An 'eia' written wrongly is reported where it is, once.
        if (c.formal() && e.eia().isEmpty() && !f.has("eia") && !(upcoming && c.outcome().isEmpty())) {
            String fix = "Add an 'eia' group with file: (the assessment, saved beside this page), page: (its address on this "
                    + "site) or not_needed: (in a sentence, why no assessment was needed).";
            if (c.outcome().isPresent()) {
                f.problems().error(f.atKey("formal"), "this formal consultation has an outcome, but no equality and health "
                        + "inequalities impact assessment ('eia'): a decision must show it considered the impact on different groups.", fix);
            } else {
                f.problems().warning(f.atKey("formal"), "this formal consultation has no equality and health inequalities impact "
                        + "assessment ('eia') yet. It will stop the build once the outcome is published.", fix);
            }
        }
        if (e.substantialVariation() && e.scrutiny().isEmpty() && !f.has("scrutiny")) {
            f.warning("substantial_variation", "this change is a substantial variation, but the file does not say when the "
                            + "health overview and scrutiny committee was consulted.",
                    "Add a 'scrutiny' group with committee: (its name), date: (when it was consulted) and view: (what it said).");
        }
        // A 'decision' written wrongly is reported where it is, once, as 'eia' is.
        if (c.outcome().isPresent() && e.decision().isEmpty() && !f.has("decision")) {
            f.problems().warning(f.atKey("outcome"), "the outcome does not say which meeting made the decision.",
                    "Add a 'decision' group with meeting: (the meeting's file under content/ without .md, such as "
                            + "governing-body/2026-07-16) and item: (the agenda item's number). The meeting's page will link back here.");
        }
    }

    /**
     * "10 weeks and 3 days", as a person would say it: whole days by the clock on the wall, as the 12 weeks are counted,
     * so an autumn consultation an hour longer by the clock change is not said to run for the 12 weeks it falls short of.
     */
    static String length(ZonedDateTime from, ZonedDateTime to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from.toLocalDateTime(), to.toLocalDateTime());
        long weeks = days / 7;
        long rest = days % 7;
        String w = weeks == 1 ? "1 week" : weeks + " weeks";
        String d = rest == 1 ? "1 day" : rest + " days";
        if (weeks == 0) {
            return d;
        }
        return rest == 0 ? w : w + " and " + d;
    }

    /**
     * 'documents': a list of files beside the page, each with its title and, when its text is also a page of the site,
     * that page's address; used by every type that publishes documents. A PDF with no such page is warned about (DESIGN:
     * "warns when a PDF ... has no HTML alternative"), unless it is already warned about as untagged, whose fix says the same.
     *
     * @param pageBeside whether the fix may suggest a page in the document's own folder: true for ordinary pages, false for
     *                   a type whose folder makes every file there that type (a page in content/consultations/ would be a
     *                   consultation), where it suggests one at the top of content/
     */
    public static List<Attachment> documents(Fields f, ReadContext ctx, boolean pageBeside) {
        return f.groups("documents", "document", List.of("title", "file", "page"), d -> {
            Optional<Attachment.WebVersion> web = d.has("page")
                    ? d.siteAddress("page", "/about/annual-report/", false).map(p -> webVersion(p, d.path("page")))
                    : Optional.empty();
            Optional<Attachment> read = d.text("title", true).flatMap(title -> ctx.attachment(d, "file", title, web));
            read.filter(a -> a.isPdf() && a.web().isEmpty() && !d.has("page") && a.facts().accessibilityGaps().isEmpty())
                    .ifPresent(a -> d.warning("file", "the PDF content/" + a.file() + " has no web page version. Many people "
                                    + "cannot read a PDF well: on a phone, with a screen reader, or with the text made larger.",
                            "Publish its text as a page of the site as well, and give that page's address under the file, as "
                                    + "page: /" + (pageBeside && a.file().contains("/") ? a.file().substring(0, a.file().lastIndexOf('/') + 1)
                                    : "") + webStem(a.file()) + "/. The page will offer both. A form to print and fill in can stay a PDF alone."));
            return read;
        });
    }

    /**
     * A web version's page, as written: "/about/report/", "/about/report", "/about/report/index.html", or a part of it,
     * "/about/report/#summary" (the reference names the page; the link keeps the part).
     */
    static Attachment.WebVersion webVersion(String written, String field) {
        int hash = written.indexOf('#');
        String page = hash < 0 ? written : written.substring(0, hash);
        String part = hash < 0 ? "" : written.substring(hash);
        page = page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
        return new Attachment.WebVersion(page.endsWith("/") ? page : page + "/", written, field, part);
    }

    /** A page's name for a document's web version: its file name without the extension, "annual-report-2025-26". */
    private static String webStem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** References to the pages with documents' text ('page:' in 'documents'), which must exist. */
    public static List<ContentKind.Reference> webVersions(List<Attachment> documents) {
        return documents.stream().flatMap(a -> a.web().stream()).map(w -> new ContentKind.Reference(w.field(), w.written(),
                w.path(), Details.class, false, "the page", Optional.empty(), "Write the address of the page with the "
                        + "document's text, such as /about/annual-report/, and make sure that page exists.")).toList();
    }

    /** A dated write-up ('feedback', 'outcome', an engagement record's 'did'): a group with a date and a body. */

    /** Whether Markdown shows nothing on the page: only notes ({@code <!-- -->}, as an easy-read starter writes) and space. */
    static boolean showsNothing(String markdown) {
        return markdown.contains("<!--") && markdown.replaceAll("(?s)<!--.*?-->", "").isBlank();
    }

    static Optional<Report> report(Fields f, String key) {
        return f.group(key, "the '" + key + "' group", List.of("date", "body"))
                .flatMap(r -> {
                    var date = r.date("date", true);
                    var body = r.text("body", true);
                    if (date.isEmpty() || body.isEmpty()) {
                        return Optional.empty();
                    }
                    if (showsNothing(body.get()) && !f.saysTrue("draft")) {
                        r.warning("body", "the '" + key + "' body has only a note (<!-- -->) in it, so the page shows its heading "
                                + "with nothing under it.", "Write it in place of the note, or take the '" + key + "' group out "
                                + "until you can.");
                    }
                    return Optional.of(new Report(date.get(), body.get(), r.textLine("body")));
                });
    }
}
