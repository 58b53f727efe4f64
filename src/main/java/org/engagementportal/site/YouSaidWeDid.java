package org.engagementportal.site;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.engagementportal.config.Term;
import org.engagementportal.content.Engagement;
import org.engagementportal.content.EngagementRow;
import org.engagementportal.content.Evidence;
import org.engagementportal.content.Stage;

/**
 * "You said, we did" by financial year (April to March): every consultation and engagement record, as the row its
 * type gives ({@link EngagementRow}), gathered into the year it closed in, with the year's totals. The open data
 * has the same rows.
 */
public final class YouSaidWeDid {
    public static final String ROOT = "/you-said-we-did/";
    public static final String OPEN_DATA = "/open-data/";
    public static final String CSV = OPEN_DATA + "engagement.csv";
    public static final String JSON = OPEN_DATA + "engagement.json";
    public static final String SCHEMA = OPEN_DATA + "engagement.schema.json";

    /** A page's row. */
    public record Item(SitePage page, EngagementRow row) {
    }

    /** A financial year, April to March, named as the NHS names it: "2026-27". */
    public record Year(int startYear) implements Comparable<Year> {
        public static Year of(LocalDate day) {
            return new Year(day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1);
        }

        public String label() {
            int end = (startYear + 1) % 100; // digits 0 to 9 whatever the machine's language: the label is in web addresses
            return startYear + "-" + (end < 10 ? "0" : "") + end;
        }

        public LocalDate first() {
            return LocalDate.of(startYear, Month.APRIL, 1);
        }

        public LocalDate last() {
            return LocalDate.of(startYear + 1, Month.MARCH, 31);
        }

        public String path() {
            return ROOT + label() + "/";
        }

        @Override
        public int compareTo(Year o) {
            return Integer.compare(startYear, o.startYear);
        }
    }

    /**
     * A year's totals, counted by hand in {@code YouSaidWeDidTest}.
     *
     * @param byRung      how many closed on each rung of the ladder, in ladder order; rows without a rung are not counted
     * @param byStage     likewise for each stage of the commissioning cycle
     * @param people      everyone who took part or responded, where counted
     * @param groups      for each group of groups.yml, in its order, how many reached or were for it (0: not reached)
     * @param byChannel   consultation responses by channel, in the channels' order
     * @param onTime      of the consultations, how many published their outcome on time, late, or are overdue
     */
    public record Totals(int consultations, int engagement, Map<Engagement, Integer> byRung, Map<Stage, Integer> byStage,
                         long people, Map<Term, Integer> groups, Map<Evidence.Channel, Long> byChannel, long responses,
                         int onTime, int late, int overdue) {

        public int activities() {
            return consultations + engagement;
        }

        public long groupsReached() {
            return groups.values().stream().filter(n -> n > 0).count();
        }
    }

    private final List<Item> items;
    private final LocalDate today;
    private final List<Term> groupTerms;

    YouSaidWeDid(List<SitePage> pages, LocalDate today, List<Term> groupTerms) {
        List<Item> all = new ArrayList<>();
        for (SitePage p : pages) {
            if (p.document().variant().isOriginal() && !p.document().meta().draft()) {
                p.document().evidence().ifPresent(r -> all.add(new Item(p, r)));
            }
        }
        all.sort(Comparator.comparing((Item i) -> i.row().closed()).thenComparing(i -> i.page().path()));
        this.items = List.copyOf(all);
        this.today = today;
        this.groupTerms = List.copyOf(groupTerms);
    }

    /** Every row, closed or not, by the day it closes: the open data. */
    public List<Item> all() {
        return items;
    }

    public LocalDate today() {
        return today;
    }

    /** Whether the site has anything to report: without consultations or engagement records there are no pages. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The years something closed in by today, newest first. */
    public List<Year> years() {
        TreeSet<Year> years = new TreeSet<>(Comparator.reverseOrder());
        closed().forEach(i -> years.add(Year.of(i.row().closed())));
        return List.copyOf(years);
    }

    /** What had closed by today (the day before, or today for one that ends today and is over at its end). */
    private List<Item> closed() {
        return items.stream().filter(i -> i.row().closed().isBefore(today)).toList();
    }

    /** What closed in {@code year}, by the day it closed. */
    public List<Item> closedIn(Year year) {
        return closed().stream().filter(i -> Year.of(i.row().closed()).equals(year)).toList();
    }

    /** The paths of the pages and files this makes, for link checking and the sitemap. */
    public List<String> paths() {
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(ROOT, CSV, JSON, SCHEMA));
        years().forEach(y -> out.add(y.path()));
        return out;
    }

    public Totals totals(List<Item> of) {
        Map<Engagement, Integer> rungs = new EnumMap<>(Engagement.class);
        for (Engagement e : Engagement.values()) {
            rungs.put(e, 0);
        }
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            stages.put(s, 0);
        }
        Map<Term, Integer> groups = new LinkedHashMap<>();
        groupTerms.forEach(g -> groups.put(g, 0));
        Map<Evidence.Channel, Long> channels = new EnumMap<>(Evidence.Channel.class);
        for (Evidence.Channel c : Evidence.Channel.values()) {
            channels.put(c, 0L);
        }
        int consultations = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        long people = 0;
        long responses = 0;
        for (Item i : of) {
            EngagementRow r = i.row();
            if (r.kind().equals("consultation")) {
                consultations++;
            }
            r.rung().ifPresent(e -> rungs.merge(e, 1, Integer::sum));
            r.stage().ifPresent(s -> stages.merge(s, 1, Integer::sum));
            for (Term g : groupTerms) {
                if (r.groups().contains(g.id())) {
                    groups.merge(g, 1, Integer::sum);
                }
            }
            if (r.people().isPresent()) {
                people += r.people().getAsInt();
            }
            for (Evidence.Count c : r.responses()) {
                for (Evidence.Channel ch : Evidence.Channel.values()) {
                    if (ch.id().equals(c.id())) {
                        channels.merge(ch, (long) c.count(), Long::sum);
                        responses += c.count();
                    }
                }
            }
            switch (r.onTime(today)) {
                case YES -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case NOT_YET_DUE, NOT_APPLICABLE -> { }
            }
        }
        return new Totals(consultations, of.size() - consultations, rungs, stages, people, groups, channels, responses,
                onTime, late, overdue);
    }

    /** The year of today, for saying a year is not over yet. */
    public Year current() {
        return Year.of(today);
    }

    public Optional<Year> year(String label) {
        return years().stream().filter(y -> y.label().equals(label)).findFirst();
    }
}
