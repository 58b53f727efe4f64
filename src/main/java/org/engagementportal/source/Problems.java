package org.engagementportal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every problem of a run, from any thread, so that one run reports all of them rather than the
 * first only.
 */
public final class Problems {
    private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();
    /** Where this thread also records what it reports, while it works on one output ({@link #capturing}). */
    private static final ThreadLocal<List<Problem>> CAPTURE = new ThreadLocal<>();
    /** False for {@link #ignored}. */
    private final boolean keeps;

    public Problems() {
        this(true);
    }

    private Problems(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * Takes problems and drops them, not captured either: for work done a second time whose problems the first
     * time reported.
     */
    public static Problems ignored() {
        return new Problems(false);
    }

    /**
     * Runs {@code work} on this thread and returns it with the problems it reported (to any {@code Problems}),
     * so a build can keep them with the output they came from and report them again when it reuses it.
     */
    public static <T> Captured<T> capturing(java.util.function.Supplier<T> work) {
        List<Problem> previous = CAPTURE.get();
        List<Problem> mine = new ArrayList<>();
        CAPTURE.set(mine);
        try {
            T result = work.get();
            return new Captured<>(result, List.copyOf(mine));
        } finally {
            CAPTURE.set(previous);
            if (previous != null) {
                previous.addAll(mine);
            }
        }
    }

    /** What some work made, and the problems it reported. */
    public record Captured<T>(T result, List<Problem> problems) {
    }

    public void error(Position at, String message, String fix) {
        add(new Problem(Severity.ERROR, at, message, fix));
    }

    public void warning(Position at, String message, String fix) {
        add(new Problem(Severity.WARNING, at, message, fix));
    }

    public void add(Problem problem) {
        if (!keeps) {
            return;
        }
        problems.add(problem);
        List<Problem> capture = CAPTURE.get();
        if (capture != null) {
            capture.add(problem);
        }
    }

    public void addAll(Problems other) {
        if (!keeps) {
            return;
        }
        problems.addAll(other.problems);
    }

    /** How many have been reported so far: a mark for {@link #since}. */
    public int count() {
        return problems.size();
    }

    /** What was reported after {@code mark} ({@link #count}), in the order reported; ask when no thread is reporting. */
    public List<Problem> since(int mark) {
        List<Problem> all = new ArrayList<>(problems);
        return List.copyOf(all.subList(Math.min(mark, all.size()), all.size()));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem once, sorted by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> all = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        all.sort(Problem.BY_PLACE);
        return all;
    }
}
