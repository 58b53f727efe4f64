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
    private record Entry(String data, boolean scoring, Problems.Captured<Optional<PlainEnglish.PageScore>> checked) {
    }

    private Map<Document, Entry> entries = new IdentityHashMap<>();

    synchronized List<PlainEnglish.PageScore> check(List<Document> documents, SiteData data, Problems problems, boolean scoring) {
        String digest = data.toString();
        Map<Document, Entry> next = new IdentityHashMap<>();
        List<Document> todo = documents.stream().filter(d -> {
            Entry e = entries.get(d);
            if (e != null && e.data().equals(digest) && e.scoring() == scoring) {
                next.put(d, e);
                return false;
            }
            return true;
        }).toList();
        Map<Document, Entry> fresh = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        todo.parallelStream().forEach(d -> fresh.put(d, new Entry(digest, scoring,
                Problems.capturing(() -> PlainEnglish.checkOne(d, data, new Problems(), scoring)))));
        next.putAll(fresh);
        entries = next;
        return documents.stream().map(next::get).peek(e -> e.checked().problems().forEach(problems::add))
                .flatMap(e -> e.checked().result().stream())
                .sorted(Comparator.comparing(PlainEnglish.PageScore::source)).toList();
    }
}
