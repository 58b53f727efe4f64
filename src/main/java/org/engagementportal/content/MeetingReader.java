package org.engagementportal.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Fields;

/** Reads a committee meeting: when and where, the agenda and its papers, and the approved minutes. */
public final class MeetingReader {
    private MeetingReader() {
    }

    /**
     * @param minutesTitle the title of the minutes document for the meeting's day: it is listed with every other
     *                     committee's (the accessibility statement, a request for another format), so it names its own
     */
    public static Optional<Meeting> read(Fields f, ReadContext ctx, String committee,
                                         java.util.function.Function<java.time.LocalDate, String> minutesTitle) {
        f.text("committee", false).filter(c -> !c.equals(committee)).ifPresent(c ->
                f.error("committee", "this meeting is in the folder of the committee '" + committee + "' but says committee: "
                        + c + ".", "Remove the 'committee' line (the folder decides it) or move the file to content/" + c + "/."));
        Optional<ZonedDateTime> starts = ctx.dateTime(f, "starts", null, true);
        Optional<ZonedDateTime> ends = ctx.dateTime(f, "ends", null, false);
        var venue = ctx.venue(f, "venue");
        var online = f.webLink("online", false);
        boolean isPublic = f.flag("public", true);
        Optional<ZonedDateTime> questionsBy = ctx.dateTime(f, "questions_by", null, false);
        int[] counter = {0};
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>(); // the line each number is on
        List<AgendaItem> agenda = f.groups("agenda", "item", List.of("number", "title", "presenter", "purpose", "paper", "part"),
                item -> {
                    counter[0]++;
                    String number = item.text("number", false).orElse(Integer.toString(counter[0]));
                    Integer before = numbers.putIfAbsent(number, item.at(item.has("number") ? "number" : "title").line());
                    if (before != null) {
                        // A decision or a link to an item names it by its number: two with one number are one item twice.
                        item.error(item.has("number") ? "number" : "title", "two agenda items are numbered " + number
                                        + " (the other is on line " + before + ").",
                                "Give each item its own number" + (item.has("number") ? "." : ": this one has none, so it is "
                                        + "numbered by its place in the agenda, which another item has as its number."));
                    }
                    Optional<String> title = item.text("title", true);
                    var presenter = item.text("presenter", false);
                    var purpose = item.choice("purpose", Purpose.byId(), false);
                    int part = item.number("part", 1, 2, false).orElse(1);
                    if (part == 2 && item.has("paper")) {
                        // Its paper would be linked from the page, announced in the feeds and listed in the calendars.
                        item.error("paper", "this item is in part 2, discussed in private, so its paper must not be published.",
                                "Remove the 'paper' line and take the paper out of the content folder, where every file is "
                                        + "published. If the paper may be made public, remove 'part: 2'.");
                    }
                    Optional<Attachment> paper = title.flatMap(t -> item.has("paper") && part == 1 ? ctx.attachment(item, "paper", t)
                            : Optional.empty());
                    return title.map(t -> new AgendaItem(number, t, presenter, purpose, paper, part));
                });
        Optional<Minutes> minutes = f.group("minutes", "the 'minutes' group", List.of("file", "page", "approved"))
                .flatMap(m -> {
                    var approved = m.date("approved", true);
                    Optional<Attachment> file = m.has("file") ? ctx.attachment(m, "file",
                            starts.map(t -> minutesTitle.apply(t.toLocalDate())).orElse("Minutes")) : Optional.empty();
                    Optional<String> page = m.siteAddress("page", "/minutes/governing-body-2026-01-15/", false);
                    if (m.has("file") && m.has("page")) {
                        // One of them was shown and the other dropped in silence.
                        m.error("page", "the minutes give both a 'file' and a 'page'; the page shows one way to read them.",
                                "Keep 'file' for a document of the minutes, or 'page' for minutes written as a page, and delete the other.");
                    }
                    if (!m.has("file") && !m.has("page")) {
                        m.error("file", "the minutes need either a 'file' (such as minutes.pdf) or a 'page' (an address on this site).",
                                "Add file: with the name of the minutes document.");
                    }
                    return approved.map(a -> new Minutes(file, page, a));
                });
        Optional<Cancellation> cancelled = ctx.cancellation(f, "meeting", "governing-body/2026-03-19", EvidenceReader::meetingPath,
                starts);
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        cancelled.ifPresent(c -> {
            if (minutes.isPresent()) {
                f.problems().error(f.at("minutes"), "this meeting is cancelled, but it has minutes: a meeting that was not held has none.",
                        "Remove the 'minutes' group, or the 'cancelled' group if the meeting was held.");
            }
        });
        minutes.ifPresent(m -> {
            if (m.approved().isBefore(starts.get().toLocalDate())) {
                f.problems().error(f.at("minutes", "approved"), "the minutes say they were approved on " + m.approved() + ", before the meeting on "
                        + starts.get().toLocalDate() + " took place.", "Check 'approved': minutes are usually approved at the next meeting.");
            } else if (m.approved().isAfter(ctx.now().toLocalDate())) {
                f.problems().warning(f.at("minutes", "approved"), "the minutes say they were approved on " + m.approved() + ", which is after "
                                + "today, so readers are told they are approved before they are.",
                        "Add 'approved' on the day they are approved, and the minutes with it.");
            }
        });
        if (!isPublic && questionsBy.isPresent()) {
            f.problems().warning(f.at("questions_by"), "this meeting is held in private (public: false), but its page invites "
                    + "questions from the public for it.", "Remove the 'questions_by' line, or set public: true if the public may attend.");
        }
        if (!isPublic) {
            // Part 2 stops the build; a whole meeting in private may publish papers on purpose (some are made public
            // later), so it is a warning, once, at the first paper.
            List<Attachment> papers = agenda.stream().flatMap(i -> i.paper().stream()).toList();
            if (!papers.isEmpty()) {
                f.problems().warning(papers.get(0).at(), "this meeting is held in private (public: false), but "
                                + (papers.size() == 1 ? "its paper is" : "its " + papers.size() + " papers are")
                                + " published for anyone to read, and listed in its feeds and calendars.",
                        "If the papers may be made public, this is fine. If not, remove each 'paper' line and take the files "
                                + "out of the content folder, where every file is published.");
            }
        }
        ends.filter(e -> !e.isAfter(starts.get())).ifPresent(e ->
                f.error("ends", "the meeting ends before it starts.", "Check 'starts' and 'ends'."));
        questionsBy.filter(q -> q.isAfter(starts.get())).ifPresent(q ->
                f.error("questions_by", "the deadline for public questions is after the meeting starts.",
                        "Set 'questions_by' to a date and time before 'starts'."));
        if (venue.isEmpty() && online.isEmpty() && isPublic && !ReadContext.venueMisshapen(f, "venue")) {
            f.error("venue", "a meeting needs a 'venue', an 'online' joining link, or both, so people know where to go.",
                    "Add venue: with the place's name, or online: with the joining link.");
        }
        if (online.isPresent() && !isPublic) {
            // Anyone who saw the link could join: the page, the calendar and the data for search engines go without it.
            f.problems().warning(f.at("online"), "this meeting is held in private (public: false), so its link to join "
                            + "online is not published: anyone who saw it could join.",
                    "Send the link to those attending instead, and remove the 'online' line. If the public may watch, set public: true.");
        }
        int daysBefore = ctx.data().site().papersDaysBefore();
        ZonedDateTime now = ctx.now();
        boolean inWindow = !now.isBefore(papersDue(starts.get(), ctx.data().site())) && now.isBefore(starts.get());
        if (inWindow && isPublic && cancelled.isEmpty() && ctx.variant().isOriginal()
                && agenda.stream().noneMatch(i -> i.paper().isPresent())) {
            f.problems().warning(f.has("agenda") ? f.atKey("agenda") : f.at("starts"), "this meeting is on " + starts.get().toLocalDate() + " and its papers "
                            + "should be published " + daysBefore + " days before, but no agenda item has a 'paper'.",
                    "Add each paper beside this file and name it in its agenda item, such as paper: finance-report.pdf.");
        }
        if (isPublic) {
            ctx.venueWithoutAddress(f, venue, starts.get(), cancelled.isPresent(), "meeting");
        }
        return Optional.of(new Meeting(committee, starts.get(), ends, venue, online, isPublic, questionsBy, agenda, minutes, cancelled));
    }

    /**
     * The minute from which a meeting's papers are expected, and its reading warns when none is named: a time,
     * besides the meeting's moments, at which what reading it gives changes ({@link ContentKind#readingChanges}).
     */
    public static ZonedDateTime papersDue(ZonedDateTime starts, org.engagementportal.config.SiteConfig site) {
        return starts.minusDays(site.papersDaysBefore());
    }
}
