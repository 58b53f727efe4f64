package org.engagementportal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a consultation carries as evidence of how it was run and decided: its equality impact assessment, health
 * scrutiny, the meeting that decided it, and how many people responded and who they were.
 *
 * @param substantialVariation whether the change is a substantial variation of services, which the local authority's
 *                             health overview and scrutiny committee must be consulted on
 */
public record Evidence(Optional<Eia> eia, boolean substantialVariation, Optional<Scrutiny> scrutiny,
                       Optional<Decision> decision, Optional<Responses> responses, Optional<Respondents> respondents) {

    public static Evidence none() {
        return new Evidence(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static final List<String> FIELDS = List.of("eia", "substantial_variation", "scrutiny", "decision", "responses",
            "respondents");

    /** The equality and health inequalities impact assessment: a document, a page, or why none was needed. */
    public sealed interface Eia permits Eia.File, Eia.Page, Eia.NotNeeded {
        /** A document saved beside the consultation. */
        record File(Attachment document) implements Eia {
        }

        /** A page of this site, by its address ("/about/equality/"). */
        record Page(String path, String written) implements Eia {
        }

        /** None was needed, and why. */
        record NotNeeded(String reason) implements Eia {
        }
    }

    /**
     * The local authority's health overview and scrutiny committee, consulted on the change.
     *
     * @param committee its name, "Northshire Health Overview and Scrutiny Committee"
     * @param consulted the day it was consulted
     * @param view      what it said
     */
    public record Scrutiny(String committee, LocalDate consulted, String view) {
    }

    /**
     * The meeting and agenda item at which the decision was made.
     *
     * @param written the meeting as written: its address or its path under content/ without .md
     * @param path    its address, "/governing-body/2026-07-16/"
     * @param item    the agenda item's number, as on the agenda ("6")
     */
    public record Decision(String written, String path, String item) {
    }

    /** Responses in all and by channel, in the order of {@link Channel}; the total is given or the channels' sum. */
    public record Responses(int total, List<Count> byChannel) {
        public Responses {
            byChannel = List.copyOf(byChannel);
        }
    }

    /** A count under a label: a channel ("online") or a category of a characteristic ("16-24"). */
    public record Count(String id, int count) {
    }

    /** The ways a response can come in. */
    public enum Channel {
        ONLINE("online", "Online survey"),
        PAPER("paper", "Paper questionnaire"),
        EMAIL("email", "Email"),
        LETTER("letter", "Letter"),
        PHONE("phone", "Phone"),
        EVENTS("events", "At events and meetings"),
        OTHER("other", "Other ways");

        private final String id;
        private final String label;

        Channel(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Who responded, as counts by characteristic, each in the order of its categories. Counts are stored as
     * given; small numbers are suppressed where they are published ({@link #suppressed}).
     */
    public record Respondents(List<Profile> profiles) {
        public Respondents {
            profiles = List.copyOf(profiles);
        }
    }

    /** The counts of one characteristic ("age"). */
    public record Profile(Characteristic characteristic, List<Count> counts) {
        public Profile {
            counts = List.copyOf(counts);
        }
    }

    /** A count as published: 1 to 4 is "fewer than 5", as NHS statistics suppress small numbers; 0 and 5 or more are shown. */
    public static OptionalInt suppressed(int count) {
        return count >= 1 && count < SMALLEST_SHOWN ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** The smallest count published as a number, besides 0. */
    public static final int SMALLEST_SHOWN = 5;

    /** The characteristics respondents are counted by, each with its categories, ids and labels in order. */
    public enum Characteristic {
        AGE("age", "Age", List.of(
                new Category("under-16", "Under 16"), new Category("16-24", "16 to 24"), new Category("25-34", "25 to 34"),
                new Category("35-44", "35 to 44"), new Category("45-54", "45 to 54"), new Category("55-64", "55 to 64"),
                new Category("65-74", "65 to 74"), new Category("75-plus", "75 and over"), new Category("not-said", "Not said"))),
        SEX("sex", "Sex", List.of(new Category("female", "Female"), new Category("male", "Male"),
                new Category("not-said", "Not said"))),
        ETHNICITY("ethnicity", "Ethnic group", List.of(new Category("asian", "Asian or Asian British"),
                new Category("black", "Black, Black British, Caribbean or African"), new Category("mixed", "Mixed or multiple ethnic groups"),
                new Category("white", "White"), new Category("other", "Other ethnic group"), new Category("not-said", "Not said"))),
        DISABILITY("disability", "Disability", List.of(new Category("yes", "Disabled"), new Category("no", "Not disabled"),
                new Category("not-said", "Not said"))),
        CARER("carer", "Carer", List.of(new Category("yes", "A carer"), new Category("no", "Not a carer"),
                new Category("not-said", "Not said")));

        private final String id;
        private final String label;
        private final List<Category> categories;

        Characteristic(String id, String label, List<Category> categories) {
            this.id = id;
            this.label = label;
            this.categories = categories;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public List<Category> categories() {
            return categories;
        }

        public String labelOf(String categoryId) {
            return categories.stream().filter(c -> c.id().equals(categoryId)).map(Category::label).findFirst().orElse(categoryId);
        }
    }

    public record Category(String id, String label) {
    }
}
