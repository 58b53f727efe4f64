package org.engagementportal.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.engagementportal.source.Json;

/**
 * {@code /_portal/events}: the preview's Server-Sent Events. After every rebuild each open page gets one
 * {@code build} event naming the pages the rebuild changed ({@code {"build": "k3x9-4", "changed": ["/about/"],
 * "all": false}}); a page reloads itself when it is one of them, and otherwise asks again for the problems to
 * show. Each page is served with the number of the build it came from and connects with it, so a rebuild that
 * finished between serving the page and connecting is not missed: the page is sent what changed since. A page
 * of an earlier preview (the command was stopped and started again) is told that everything changed.
 */
final class PreviewEvents implements AutoCloseable {
    /** Rebuilds remembered for pages that connect late; a page older than these reloads. */
    static final int REMEMBERED = 1000;

    private record Client(HttpExchange exchange, OutputStream out) {
    }

    /** Tells this preview's builds from those of an earlier one. */
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private final List<SortedSet<String>> history = new ArrayList<>();
    private int forgotten;
    private int build;
    private final List<Client> clients = new ArrayList<>();
    private boolean closed;

    /** The latest build's id, which a page served now is from. */
    synchronized String current() {
        return session + "-" + build;
    }

    /** Tells every open page that a build finished, and which pages it changed (none when it failed). */
    synchronized void published(SortedSet<String> changed) {
        build++;
        history.add(new TreeSet<>(changed));
        if (history.size() > REMEMBERED) {
            history.remove(0);
            forgotten++;
        }
        String message = message(changed, false);
        for (Iterator<Client> it = clients.iterator(); it.hasNext(); ) {
            Client c = it.next();
            if (!send(c, message)) {
                it.remove();
            }
        }
    }

    /** A page connects: the stream stays open (the exchange is not closed here) until the page or the preview ends. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, exchange.getResponseBody());
        String since = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        if (since == null) {
            since = query(exchange.getRequestURI().getRawQuery(), "since");
        }
        synchronized (this) {
            // Reconnect soon after the preview restarts; then what the page missed, if anything.
            String catchUp = catchUp(since);
            if (closed || !send(client, "retry: 1000\n\n" + (catchUp == null ? "" : catchUp))) {
                exchange.close();
                return;
            }
            clients.add(client);
        }
    }

    /** What a page from build {@code since} has missed, or null when nothing. */
    private String catchUp(String since) {
        if (since == null || since.isEmpty()) {
            return null;
        }
        int dash = since.lastIndexOf('-');
        int from;
        try {
            from = dash > 0 && since.substring(0, dash).equals(session) ? Integer.parseInt(since.substring(dash + 1)) : -1;
        } catch (NumberFormatException e) {
            from = -1;
        }
        if (from < 0 || from > build || from < forgotten) {
            return message(new TreeSet<>(), true);
        }
        if (from == build) {
            return null;
        }
        SortedSet<String> changed = new TreeSet<>();
        for (int b = from + 1; b <= build; b++) {
            changed.addAll(history.get(b - 1 - forgotten));
        }
        return message(changed, false);
    }

    private String message(SortedSet<String> changed, boolean all) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("build", current());
        fields.put("changed", List.copyOf(changed));
        fields.put("all", all);
        String data = Json.compact(fields);
        return "id: " + current() + "\nevent: build\ndata: " + data + "\n\n";
    }

    private static boolean send(Client client, String message) {
        try {
            client.out().write(message.getBytes(StandardCharsets.UTF_8));
            client.out().flush();
            return true;
        } catch (IOException e) {
            client.exchange().close(); // the page was closed or navigated away
            return false;
        }
    }

    /** A parameter of a query string, decoded; null when absent. */
    static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Ends every page's stream; the pages try again every second, until a preview is there. */
    @Override
    public synchronized void close() {
        closed = true;
        clients.forEach(c -> c.exchange().close());
        clients.clear();
    }
}
