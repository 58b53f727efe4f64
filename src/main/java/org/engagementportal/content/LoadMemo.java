package org.engagementportal.content;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.source.Problem;

/**
 * What the loader made of each file last time, kept between the builds of one process ({@code portal serve}),
 * so a build after a save reads only the files that changed. A file is read again when its size or time
 * changed, when the site's data or any other file under content/ changed (a document's attachments are checked
 * against them), on a new day, or when one of its moments has passed since (a consultation's checks depend on
 * whether it is open). The problems found reading it are kept with it and reported again.
 */
public final class LoadMemo {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** What the last walk of content/ found, and the files changed since, if known. */
    private ContentLoader.Walked walked;
    private java.util.Collection<java.nio.file.Path> changed;

    /** The last walk and the files changed since it. */
    record Changes(ContentLoader.Walked walked, java.util.Collection<java.nio.file.Path> paths) {
    }

    /**
     * Tells the memo which files changed since the last load, as a watcher saw them (absolute paths; a folder
     * for everything in it); null when it is not known, and the next load walks every folder.
     */
    public synchronized void changed(java.util.Collection<java.nio.file.Path> paths) {
        changed = paths == null ? null : List.copyOf(paths);
    }

    /** The walk of content/: the last one brought up to date with the changes, when that can be done, else a new one. */
    synchronized ContentLoader.Walked walked(java.util.function.Function<Changes, Optional<ContentLoader.Walked>> update,
                                            java.util.function.Supplier<ContentLoader.Walked> walk) {
        Optional<ContentLoader.Walked> w = walked != null && changed != null ? update.apply(new Changes(walked, changed)) : Optional.empty();
        walked = w.orElseGet(walk);
        changed = null; // used once: a load without news walks again
        return walked;
    }

    record Entry(String stamp, LocalDate day, List<Boolean> passed, Optional<Document> document, List<Problem> problems) {
    }

    /** What every file was read with in the last load (the site's data and the other files). */
    private String context;
    /** The clock of the last load that finished: every entry was found valid at it, or read again, then. */
    private ZonedDateTime clock;
    /** Whether this load's clock is that one. */
    private volatile boolean sameClock;

    /**
     * Starts a load with this context (the site's data and the other files: when it changed, every file is read
     * again) at this time.
     */
    synchronized void begin(String context, ZonedDateTime now) {
        if (!context.equals(this.context)) {
            entries.clear();
            this.context = context;
        }
        sameClock = now.equals(clock);
        clock = null; // until this load has finished
    }

    /** Ends a load begun at {@code now}: every entry holds at that time. */
    synchronized void finished(ZonedDateTime now) {
        clock = now;
    }

    Optional<Entry> valid(String rel, String stamp, ZonedDateTime now, SiteConfig config) {
        Entry e = entries.get(rel);
        if (e == null || !e.stamp().equals(stamp)) {
            return Optional.empty();
        }
        if (!sameClock && (!e.day().equals(now.toLocalDate()) || !e.passed().equals(passed(e.document(), now, config)))) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    void remember(String rel, String stamp, ZonedDateTime now, SiteConfig config, Optional<Document> document,
                  List<Problem> problems) {
        entries.put(rel, new Entry(stamp, now.toLocalDate(), passed(document, now, config), document, problems));
    }

    /** Forgets files that are gone. */
    void keepOnly(java.util.Collection<String> files) {
        entries.keySet().retainAll(new java.util.HashSet<>(files));
    }

    private static List<Boolean> passed(Optional<Document> document, ZonedDateTime now, SiteConfig config) {
        return document.map(d -> d.moments(config, now.getZone()).stream().map(m -> !m.at().isAfter(now)).toList())
                .orElse(List.of());
    }
}
