package org.engagementportal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled lists content files may use, each in the order of its data file.
 *
 * @param groups seldom-heard and protected-characteristic groups ({@code groups.yml}) that engagement reaches and
 *               consultations are for
 */
public record Vocabulary(List<Term> topics, List<Term> areas, List<Term> series, List<Term> committees, List<Term> groups) {

    public Vocabulary {
        topics = List.copyOf(topics);
        areas = List.copyOf(areas);
        series = List.copyOf(series);
        committees = List.copyOf(committees);
        groups = List.copyOf(groups);
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
