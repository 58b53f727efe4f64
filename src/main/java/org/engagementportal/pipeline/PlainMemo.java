package org.engagementportal.pipeline;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.Document;
import org.engagementportal.plain.PlainEnglish;
import org.engagementportal.source.Problems;

/**
 * The plain-English checks of each document in a remembering pipeline's earlier runs ({@code portal serve}):
 * a document read again is a new object, and one unchanged is the same object ({@code content.LoadMemo}), so
 * it is remembered by identity, with the site's data and whether every page was scored; its problems are
 * reported again.
 */
final class PlainMemo {
    private record Entry(boolean scoring, Problems.Captured<Optional<PlainEnglish.PageScore>> checked) {
    }

    private Map<Document, Entry> entries = new IdentityHashMap<>();
    /** The site's data the entries were checked with: all are checked again when it changes. */
    private String data = "";

    synchronized List<PlainEnglish.PageScore> check(List<Document> documents, SiteData data, Problems problems, boolean scoring) {
        String digest = data.toString();
        if (!digest.equals(this.data)) {
            entries = new IdentityHashMap<>();
            this.data = digest;
        }
        Map<Document, Entry> next = new IdentityHashMap<>(documents.size() * 2);
        List<Document> todo = new java.util.ArrayList<>();
        for (Document d : documents) {
            Entry e = entries.get(d);
            if (e != null && e.scoring() == scoring) {
                next.put(d, e);
            } else {
                todo.add(d);
            }
        }
        Map<Document, Entry> fresh = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        PlainEnglish.Jargon jargon = PlainEnglish.Jargon.of(data);
        todo.parallelStream().forEach(d -> fresh.put(d, new Entry(scoring,
                Problems.capturing(() -> PlainEnglish.checkOne(d, data, jargon, new Problems(), scoring)))));
        next.putAll(fresh);
        entries = next;
        List<PlainEnglish.PageScore> scores = new java.util.ArrayList<>();
        for (Document d : documents) {
            Entry e = next.get(d);
            e.checked().problems().forEach(problems::add);
            e.checked().result().ifPresent(scores::add);
        }
        scores.sort(Comparator.comparing(PlainEnglish.PageScore::source));
        return List.copyOf(scores);
    }
}
