package org.engagementportal.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The controlled lists content files may use, each in the order of its data file. */
public record Vocabulary(List<Term> topics, List<Term> areas, List<Term> series, List<Term> committees) {

    public Vocabulary {
        topics = List.copyOf(topics);
        areas = List.copyOf(areas);
        series = List.copyOf(series);
        committees = List.copyOf(committees);
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of(), List.of(), List.of(), List.of());
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
