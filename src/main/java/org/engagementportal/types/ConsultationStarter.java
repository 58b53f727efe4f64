package org.engagementportal.types;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Engagement;
import org.engagementportal.content.Stage;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.render.Dates;

/** The file {@code portal new consultation} writes: every field a consultation takes, each explained, and its usual headings. */
final class ConsultationStarter {
    private ConsultationStarter() {
    }

    /**
     * A formal consultation opening in two weeks at 9am and running twelve (to 11:59pm on its last day), with the
     * site's contact details as the ways to respond, and the headings of a consultation document.
     */
    static Starter starter(String title, StarterContext ctx) {
        LocalDate opens = ctx.day(2);
        LocalDate closes = opens.plusWeeks(Consultation.FORMAL_WEEKS);
        String from = Dates.day(opens);
        String to = Dates.day(closes);
        StarterText t = new StarterText()
                .title(title, "The consultation's title: what it is about, in words people would search for.")
                .summary("Our proposals for " + org.engagementportal.render.Views.inSentence(title) + ", and who they would affect.",
                        "What we are proposing and who it affects, which stay true after it closes: not how to respond or "
                        + "until when, which the page says.");
        t.comment("When people can start responding (date and time, " + Starters.localTime(ctx) + "). Its status (opening soon, open, closing soon, "
                + "closed) is worked out from these two dates.");
        t.field("opens", Starters.at(opens, LocalTime.of(9, 0)));
        t.comment("When responding closes. Formal consultations run at least " + Consultation.FORMAL_WEEKS + " weeks; "
                + "23:59 keeps the last day open.");
        t.field("closes", Starters.at(closes, LocalTime.of(23, 59)));
        t.comment("true for a formal public consultation, which must run at least " + Consultation.FORMAL_WEEKS
                + " weeks; false for lighter engagement, such as a survey.");
        t.field("formal", "true");
        t.comment("How much say people have: " + Starters.choices(Engagement.byId(), e -> Starters.phrase(e.plain())) + ".");
        t.field("engagement", "consult");
        t.comment("Where it is in planning services, if you know: " + Starters.choices(Stage.byId(), s -> Starters.phrase(s.plain())) + ".");
        t.field("stage", "");
        Starters.groups(t, ctx, "Who it is especially for");
        t.field("groups", "[]");
        t.comment("How people can respond: at least one way while it is open. These are the site's contact details from "
                + "content/_data/site.yml; change them if the consultation has its own. online: is a link to the survey, "
                + "starting https://. events: lists events in content/events/ where people can give their views, by file "
                + "name without .md, like [library-drop-in].");
        t.field("respond", "");
        List<String> respond = new ArrayList<>();
        respond.add("online:");
        respond.addAll(Starters.contactLines(ctx, "email", "phone", "post"));
        respond.add("events: []");
        t.lines(Starters.indent(respond));
        t.comment("Documents to download, saved beside this file, each with its title and its file's name, and the address of "
                + "the page with the same text (its web version, a page outside content/consultations/), like this:");
        t.example("documents:", "  - title: Consultation document", "    file: consultation-document.pdf",
                "    page: /consultation-document/");
        t.field("documents", "");
        t.comment("Only after it has closed: what people told us (\"you said\"), like this:");
        t.example("feedback:", "  date: " + closes.plusWeeks(2), "  body: |", "    More than 300 people answered our survey. Most of you said ...");
        t.field("feedback", "");
        t.comment("Only after it has closed: what was decided, and what changed because of what people said (\"we did\"). "
                + "It is due within " + Consultation.OUTCOME_DUE_WEEKS + " weeks of closing. Like this:");
        t.example("outcome:", "  date: " + closes.plusWeeks(8), "  body: |", "    The Governing Body decided to ... Because of what you told us, we will ...");
        t.field("outcome", "");
        evidence(t, closes);
        t.common("consultation", "The folder decides that this is a consultation; this line only says so.", ctx, Optional.empty());
        String body = "This is a formal public consultation. It runs for " + Consultation.FORMAL_WEEKS + " weeks, from "
                + from + " to " + to + ".\n\n"
                + Starters.section("Why we are asking", "Say what the problem is, what people have told us so far, and why "
                        + "things may need to change. Use short sentences and everyday words.")
                + Starters.section("What could change", "Describe each option: what would be different for patients, and "
                        + "where. Say what would stay the same.")
                + Starters.section("Who could be affected", "Say who uses the service now, who could gain and who could lose "
                        + "out, and what we would do to help. Link to the equality impact assessment if there is one.")
                + Starters.section("What happens next", "Say who will read the responses, who will decide and when, and "
                        + "that we will publish what people said and what we did on this page.");
        return new Starter(Consultations.FOLDER, Starter.slug(title), t.build(body));
    }


    /**
     * {@code /consultations/} and its filtered versions, one per topic and per area that has consultations
     * ({@code /consultations/topics/dentistry/}, {@code /consultations/areas/eastbrook/}), each with the same
     * sections, so filtering works as plain links.
     */
    /** The evidence fields, empty, each with an example: a new consultation has none of it yet. */
    private static void evidence(StarterText t, LocalDate closes) {
        t.comment("The equality and health inequalities impact assessment, needed for a formal consultation once it opens: "
                + "the document saved beside this file, a page of this site, or why none was needed, like one of these:");
        t.example("eia:", "  file: equality-impact-assessment.pdf", "  page: /equality/my-consultation/",
                "  not_needed: Only the opening hours change, and they get longer.");
        t.field("eia", "");
        t.comment("true if the change is a substantial variation of services, on which the council's health overview and "
                + "scrutiny committee must be consulted.");
        t.field("substantial_variation", "false");
        t.comment("When that committee was consulted and what it said, like this:");
        t.example("scrutiny:", "  committee: Health Overview and Scrutiny Committee", "  date: " + closes.minusWeeks(10),
                "  view: The committee agreed the change is a substantial variation and supports the consultation.");
        t.field("scrutiny", "");
        t.comment("With the outcome: the meeting that decided it (its file under content/ without .md) and the agenda item's "
                + "number. The meeting's page links back here. Like this:");
        t.example("decision:", "  meeting: governing-body/" + closes.plusWeeks(6), "  item: \"6\"");
        t.field("decision", "");
        t.comment("Once it has closed: how many responses, in all and by how they came in (online, paper, email, letter, "
                + "phone, events, other), like this:");
        t.example("responses:", "  total: 412", "  online: 350", "  paper: 62");
        t.field("responses", "");
        t.comment("Who responded, as counts by age, sex, ethnicity, disability and carer; numbers from 1 to 4 are published "
                + "as \"fewer than 5\". Like this:");
        t.example("respondents:", "  carer: {yes: 61, no: 330, not-said: 21}");
        t.field("respondents", "");
    }

}
