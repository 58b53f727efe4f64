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

    public void error(Position at, String message, String fix) {
        add(new Problem(Severity.ERROR, at, message, fix));
    }

    public void warning(Position at, String message, String fix) {
        add(new Problem(Severity.WARNING, at, message, fix));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
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
