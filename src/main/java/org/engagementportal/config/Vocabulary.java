package org.engagementportal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled lists content files may use, each in the order of its data file.
 *
 * @param groups     seldom-heard and protected-characteristic groups ({@code groups.yml}) that engagement reaches and
 *                   consultations are for
 * @param unreadable the list files that are there but could not be read ("topics.yml": a mistake in it, reported there),
 *                   whose words pages are not checked against: every page with a topic was told its topic was not in a
 *                   list with none, burying the one mistake under a hundred
 */
public record Vocabulary(List<Term> topics, List<Term> areas, List<Term> series, List<Term> committees, List<Term> groups,
                         java.util.Set<String> unreadable) {

    public Vocabulary {
        topics = List.copyOf(topics);
        areas = List.copyOf(areas);
        series = List.copyOf(series);
        committees = List.copyOf(committees);
        groups = List.copyOf(groups);
        unreadable = java.util.Set.copyOf(unreadable);
    }

    /** The lists of a site whose list files could all be read. */
    public Vocabulary(List<Term> topics, List<Term> areas, List<Term> series, List<Term> committees, List<Term> groups) {
        this(topics, areas, series, committees, groups, java.util.Set.of());
    }

    /** Whether the list file {@code file} ("topics.yml") is there but could not be read. */
    public boolean unreadable(String file) {
        return unreadable.contains(file);
    }

    /** The lists of a site without groups.yml. */
    public Vocabulary(List<Term> topics, List<Term> areas, List<Term> series, List<Term> committees) {
        this(topics, areas, series, committees, List.of());
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static List<String> ids(List<Term> terms) {
        return terms.stream().map(Term::id).toList();
    }

    public static Optional<Term> find(List<Term> terms, String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static Map<String, Term> byId(List<Term> terms) {
        Map<String, Term> map = new LinkedHashMap<>();
        terms.forEach(t -> map.put(t.id(), t));
        return map;
    }
}
