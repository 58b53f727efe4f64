package org.engagementportal.types;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.engagementportal.config.Contact;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;

/** What the types' new files have in common: dates as front matter writes them, places, the site's contact details. */
final class Starters {
    private Starters() {
    }

    /** A date and time as front matter takes it: "2027-01-21T10:00". */
    static String at(LocalDate day, LocalTime time) {
        return day + "T" + time;
    }

    /** A group's lines, indented under its name: {@code "  name: To be confirmed\n"}. */
    static String indent(List<String> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append("  ").append(l).append('\n'));
        return b.toString();
    }

    /** "UK time" for a site in Europe/London, else the time zone the site's times are in: "Europe/Dublin time". */
    static String localTime(StarterContext ctx) {
        String zone = ctx.data().site().timeZone().getId();
        return zone.equals("Europe/London") ? "UK time" : zone + " time";
    }

    /** 'venue' (a place not yet chosen, said honestly), then 'online'. */
    static void place(StarterText t, String what) {
        t.comment("Where " + what + " is: the building and room, its address, and how to get in (step-free access, hearing "
                + "loop, parking). \"To be confirmed\" is shown until you know. Write the address as address: | and then each "
                + "line of it below, on a line of its own, indented two spaces more than address:.");
        t.field("venue", "");
        t.lines(indent(List.of("name: To be confirmed", "address:", "access:")));
        t.comment("A link to join or watch online, starting https://, if people can. A place, a link or both are needed.");
        t.field("online", "");
    }

    /** "email engage@example.org or call 01632960100", from site.yml's contact details; empty when it has none. */
    static String contactWords(StarterContext ctx) {
        Contact c = ctx.data().site().contact();
        List<String> ways = new ArrayList<>();
        c.email().ifPresent(e -> ways.add("email [" + e + "](mailto:" + e + ")"));
        c.phone().ifPresent(p -> ways.add("call " + p));
        return String.join(" or ", ways);
    }

    /** The ways the site can be contacted, as the lines of a group with these field names (email, phone, post). */
    static List<String> contactLines(StarterContext ctx, String email, String phone, String post) {
        Contact c = ctx.data().site().contact();
        List<String> lines = new ArrayList<>();
        lines.add(email + ":" + c.email().map(e -> " " + e).orElse(""));
        lines.add(phone + ":" + c.phone().map(p -> " \"" + p + "\"").orElse(""));
        if (c.address().isPresent()) {
            lines.add(post + ": |");
            c.address().get().strip().lines().forEach(l -> lines.add("  " + l.strip()));
        } else {
            lines.add(post + ":");
        }
        return lines;
    }

    /** "a (what a means), b (what b means) or c", from a type's choices; a choice whose id says it all is left bare. */
    static <T> String choices(Map<String, T> byId, Function<T, String> meaning) {
        List<String> parts = byId.entrySet().stream().map(e -> {
            String m = meaning.apply(e.getValue());
            return m.replace(' ', '-').equalsIgnoreCase(e.getKey()) ? e.getKey() : e.getKey() + " (" + m + ")";
        }).toList();
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** The comment over a list of ids from groups.yml ('groups', 'reached'), with an example from the site's own list. */
    static void groups(StarterText t, StarterContext ctx, String what) {
        List<String> ids = org.engagementportal.config.Vocabulary.ids(ctx.data().vocabulary().groups());
        t.comment(what + ": ids from content/_data/groups.yml (seldom-heard groups and people with protected "
                + "characteristics), " + (ids.isEmpty() ? "once the file lists some." : "like [" + String.join(", ", ids.subList(0, Math.min(2, ids.size()))) + "]."));
    }

    /** A sentence as a phrase inside a comment: "We are asking." is "we are asking". */
    static String phrase(String sentence) {
        String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A heading and a note for the writer under it, which is never published. */
    static String section(String heading, String note) {
        return "## " + heading + "\n\n<!-- " + note + " -->\n\n";
    }
}
