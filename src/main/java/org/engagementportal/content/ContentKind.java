package org.engagementportal.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.source.Fields;

/**
 * What a type of content is and how it is read: the part of a type's definition the load stage uses. A whole
 * type is defined in one class of {@code org.engagementportal.types}, which also answers how it is listed
 * ({@code site.ListedKind}), shown ({@code render.ShownKind}) and published ({@code generate.PublishedKind});
 * most questions are abstract, so the compiler asks a new type each one; the defaults (fieldsOf, documentNamed,
 * workedOut, readingChanges, passages, cancellation, asksUntil) suit most types, and a new type should look at each on purpose.
 *
 * @param <D> the record of the fields only this type has
 */
public interface ContentKind<D extends Details> {

    /** The word used in front matter and template names: "consultation". */
    String id();

    /** The phrase used in messages: "a consultation". */
    String described();

    /** The class of its own fields' record. */
    Class<D> details();

    /** The folder its files are in, which decides their type. */
    Placement placement();

    /** The front matter fields only this type has (the common ones are {@link Meta#FIELDS}). */
    List<String> fields();

    /**
     * Fields one file of this type may have besides {@link #fields()}, as the accessibility statement, a page, has its
     * list of what is not accessible: not offered in a new file of the type, nor copied into a version of one.
     *
     * @param source the file, "content/accessibility.md"
     */
    default List<String> fieldsOf(String source) {
        return List.of();
    }

    /**
     * How a document its text links to ({@code file}, its name) is named in the front matter instead, whose link then says
     * its type and size: under 'documents', for a type that has them; empty for a type with no place for one, whose
     * writer is told to say them in the link's words.
     */
    default Optional<String> documentNamed(String file) {
        return fields().contains("documents") ? Optional.of("List the file under 'documents' in the front matter, which shows "
                + "its type and size, instead of linking it in the text.") : Optional.empty();
    }

    /**
     * Settings comms staff write that the portal works out instead ("status: closed" in a consultation), each with how it
     * is worked out and what to change, said where one is written in place of "not a field" and the list of fields.
     */
    default java.util.Map<String, String> workedOut() {
        return java.util.Map.of();
    }

    /** Reads and checks its own fields; every mistake is reported through {@code f}. Empty when it cannot be read. */
    Optional<D> read(Fields f, ReadContext ctx);

    /** What its text below the front matter is, when a file of this type must have some ("page's text"). */
    Optional<String> textNeeded();

    /**
     * The moment it is filed and listed under when types are listed together (a topic's page, a feed): when a
     * consultation opens, a meeting starts, a bulletin is dated. Empty for types with no date of their own,
     * which are filed by their 'updated' or 'reviewed' date.
     */
    Optional<ZonedDateTime> filedOn(D details, ZoneId zone);

    /** The day it was first published, when the type has one (a bulletin's date), quoted in requests for formats. */
    Optional<LocalDate> publishedOn(D details);

    /** The moments it changes by itself as the clock passes (a consultation closes): the build must run again then. */
    List<Moment> moments(D details, SiteConfig config, ZoneId zone);

    /**
     * Times besides its moments at which reading its file gives other problems (a meeting's papers fall due, and
     * its warning about them starts): a file read before one of them is read again after it ({@link LoadMemo}).
     */
    default List<ZonedDateTime> readingChanges(D details, SiteConfig config) {
        return List.of();
    }

    /**
     * Its writing besides the page's text, in Markdown, as its page shows it ("you said", "we did", an outcome): checked
     * for jargon, and on an easy-read version by the easy-read rules, as the text is; and its words are in the page's hard
     * words. None for a type whose settings hold no writing.
     */
    default List<Passage> passages(D details) {
        return List.of();
    }

    /**
     * Until when its page asks readers for their views or their details (a consultation until it closes, an event to book
     * until it starts), so the site must say how what they give is used: its privacy notice. None for a type that asks for
     * nothing.
     */
    default Optional<ZonedDateTime> asksUntil(D details) {
        return Optional.empty();
    }

    /** Whether it is called off, and when and why (a meeting's or event's 'cancelled' group); none for a type that cannot be. */
    default Optional<Cancellation> cancellation(D details) {
        return Optional.empty();
    }

    /** A piece of writing in a setting: its field ("outcome"), its Markdown, and the line of the file it starts on. */
    record Passage(String field, String markdown, int firstLine) {
    }

    /** The documents published with it (papers, consultation documents), whose accessibility is reported. */
    List<Attachment> attachments(D details);

    /** Its references to other pages, checked when the site is assembled. */
    List<Reference> references(D details);

    /**
     * What it adds to the evidence of engagement (the yearly "you said, we did" pages and the open data): a row for a
     * consultation or an engagement record, none for types that are not engagement.
     */
    Optional<EngagementRow> evidence(D details);

    /** The run of pages it is one of, for "previous" and "next" links (a bulletin's series, a meeting's committee). */
    Optional<String> sequence(D details);

    /**
     * Where a version of a page of this type (easy read, a translation), whose settings are its own, says otherwise
     * than the page itself about something readers must be told the same either way (when a consultation closes,
     * when a meeting is and whether the public may come): empty when they agree, or when the type has nothing of the
     * kind. Checked when the site is assembled, each as an error at the version's field.
     */
    List<Disagreement> disagreements(D original, D version);

    /**
     * What a version says otherwise than its page: the field, what the version says and what the page says (each
     * to follow "this easy-read version" and the page's file: "says the meeting is held in private"), and the fix.
     */
    record Disagreement(String field, String versionSays, String pageSays, String fix, boolean warning) {
        /** One that stops the build. */
        public Disagreement(String field, String versionSays, String pageSays, String fix) {
            this(field, versionSays, pageSays, fix, false);
        }
    }

    /**
     * A new file of this type with this title, for {@code portal new}: the folder it goes in, its name (from the
     * title, or its date for a type filed by date), front matter with every field the type takes (its own and
     * {@link Meta#FIELDS}), each under a comment in plain words and filled with a sensible value or left empty,
     * and a body with the headings such a page usually has. Written as it is, it must pass {@code portal check}.
     * {@link StarterText} writes the fields every type has.
     */
    Starter starter(String title, StarterContext ctx);

    /** A change the clock makes to a page: when, and what happens ("closes"). */
    record Moment(ZonedDateTime at, String change) {
    }

    /**
     * A reference from a page to another page.
     *
     * @param field    where it is written, "respond.events.kingsmere-drop-in"
     * @param written  as written, "kingsmere-drop-in" or "/events/kingsmere-drop-in/"
     * @param path     the address it means, "/events/kingsmere-drop-in/"
     * @param target   the type of the pages suggested when it does not exist
     * @param strict   whether the page referred to must be of that type (an event), not just exist
     * @param noun     what it refers to, in a message: "the event"
     * @param folder   when the reference may be written as a file name, the folder it is in ("events"), so
     *                 suggestions are given in the form the person wrote
     * @param fix      how to write it, for the message
     */
    record Reference(String field, String written, String path, Class<? extends Details> target, boolean strict, String noun,
                     Optional<String> folder, String fix, Optional<Part> part, Optional<Condition> condition) {

        /** A reference to a whole page. */
        public Reference(String field, String written, String path, Class<? extends Details> target, boolean strict, String noun,
                         Optional<String> folder, String fix) {
            this(field, written, path, target, strict, noun, folder, fix, Optional.empty(), Optional.empty());
        }

        /** This reference, to a part of the page it refers to. */
        public Reference to(Part part) {
            return new Reference(field, written, path, target, strict, noun, folder, fix, Optional.of(part), condition);
        }

        /** This reference, with what must hold of the page it refers to (of the type it names). */
        public Reference when(Condition condition) {
            return new Reference(field, written, path, target, strict, noun, folder, fix, part, Optional.of(condition));
        }
    }

    /**
     * What must hold of the page a reference names, asked of its details once it is found: a problem reported at the
     * reference, or nothing.
     */
    @FunctionalInterface
    interface Condition {
        Optional<Unmet> check(Details target);
    }

    /** A condition of a reference not met: what is wrong, the fix, and whether it only warns. */
    record Unmet(String message, String fix, boolean warning) {
    }

    /**
     * A part of the page a reference names, which must exist there: an agenda item of a meeting.
     *
     * @param field   where it is written, "decision.item"
     * @param written as written, "6"
     * @param parts   the parts the referred page has (its agenda items' numbers), from its details
     * @param noun    what it is, in a message: "agenda item"
     */
    record Part(String field, String written, java.util.function.Function<Details, List<String>> parts, String noun) {
    }
}
