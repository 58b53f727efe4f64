package org.engagementportal.types;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.engagementportal.content.ContentKind.Disagreement;
import org.engagementportal.content.EngagementRecord;
import org.engagementportal.content.Format;
import org.engagementportal.content.Statement;
import org.engagementportal.render.Views;

/**
 * Where an easy-read or translated version of a record of engagement, or of the Accessible Information Statement, says
 * otherwise than its page about the facts both must give alike. A Welsh record said 11 people took part where the page
 * said fewer than 5, and published "what we did" months before the page; an easy-read statement kept an old mailbox,
 * phone number and reply time after the page changed them: all with no message. Words (what people said, what we did)
 * are each version's own; days, numbers, formats and contact details are not.
 */
final class RecordVersions {
    private static final Versions.Said DID = new Versions.Said("did", "has 'did' (what we did)", "has no 'did' (what we did)",
            "has it, dated %s", "dates what we did", "what we did",
            "Add what we did in this version's own words, with the page's date:\ndid:\n  date: %s\n  body: (what we did, in this "
                    + "version's words)");

    private RecordVersions() {
    }

    static List<Disagreement> of(EngagementRecord page, EngagementRecord version) {
        List<Disagreement> found = new ArrayList<>();
        if (!page.starts().equals(version.starts()) || !page.ends().equals(version.ends())) {
            found.add(new Disagreement(version.starts().equals(version.ends()) ? "date" : "starts", "says it took place "
                    + days(version.starts(), version.ends()), "says " + days(page.starts(), page.ends()),
                    page.starts().equals(page.ends()) ? "Give it the page's day:\ndate: " + page.starts()
                            : "Give it the page's days:\nstarts: " + page.starts() + "\nends: " + page.ends()));
        }
        OptionalInt people = page.people();
        OptionalInt own = version.people();
        if (people.isPresent() && own.isEmpty()) {
            found.add(new Disagreement("people", "does not say how many people took part", "does",
                    "Copy the page's line:\npeople: " + people.getAsInt(), true));
        } else if (people.isEmpty() && own.isPresent()) {
            found.add(new Disagreement("people", "says " + own.getAsInt() + " people took part", "does not say how many",
                    "Remove its people line, as the page's own file has none."));
        } else if (!people.equals(own)) {
            found.add(new Disagreement("people", "says " + own.getAsInt() + " people took part", "says " + people.getAsInt(),
                    "Write it as the page's file has it:\npeople: " + people.getAsInt()));
        }
        if (page.heard().isPresent() && version.heard().isEmpty()) {
            found.add(new Disagreement("heard", "has no 'heard' (what people told us)", "has it",
                    "Add what people told us in this version's own words:\nheard: |\n  (what people told us)", true));
        }
        Versions.report(DID, page.did(), version.did(), found);
        return found;
    }

    static List<Disagreement> of(Statement page, Statement version) {
        List<Disagreement> found = new ArrayList<>();
        if (!new java.util.HashSet<>(page.formats()).equals(new java.util.HashSet<>(version.formats()))) {
            found.add(new Disagreement("formats", "offers " + formats(version.formats()), "offers " + formats(page.formats()),
                    "Write it as the page's file has it:\nformats: [" + String.join(", ", page.formats().stream().map(Format::id)
                            .toList()) + "]"));
        }
        // As readers use them: an address in any case, a number by its digits ("01632 960101" is "01632 960 101"). A version
        // with no contact group at all is told so once, by the statement's own reader.
        if (version.email().isPresent() || version.phone().isPresent() || version.textRelay().isPresent() || version.sms().isPresent()) {
            contact("email", "email address to ask at", page.email(), version.email(), String::toLowerCase, found);
            contact("phone", "phone number to ask on", page.phone(), version.phone(), Views::telHref, found);
            contact("text_relay", "Relay UK number", page.textRelay(), version.textRelay(), Views::telHref, found);
            contact("sms", "mobile number to text", page.sms(), version.sms(), Views::telHref, found);
        }
        if (page.responseDays() != version.responseDays()) {
            found.add(new Disagreement("response_days", "says a request is answered within " + version.responseDays()
                    + " working days", "says " + page.responseDays(), "Write it as the page's file has it:\nresponse_days: "
                    + page.responseDays()));
        }
        return found;
    }

    /** @param what "email address to ask at", after "the" or "no" */
    private static void contact(String key, String what, Optional<String> page, Optional<String> version,
                                java.util.function.Function<String, String> same, List<Disagreement> found) {
        if (page.map(same).equals(version.map(same))) {
            return;
        }
        found.add(new Disagreement(version.isPresent() ? "contact." + key : "contact", version.map(v -> "gives the " + what + " as "
                + v).orElse("gives no " + what), page.map(p -> "gives " + p).orElse("gives none"), page.map(p -> "Write it as the "
                + "page's file has it, under contact:\n  " + key + ": " + p).orElse("Remove its " + key + " line, as the page's own "
                + "file has none.")));
    }

    private static String formats(List<Format> formats) {
        return formats.isEmpty() ? "no formats" : String.join(", ", formats.stream().map(Format::id).toList());
    }

    private static String days(LocalDate starts, LocalDate ends) {
        return starts.equals(ends) ? "on " + starts : "from " + starts + " to " + ends;
    }
}
