package org.engagementportal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;

/**
 * Codes that a link copied from an email, a newsletter or a social network carries for the site it leads to
 * ("?utm_source=newsletter", "&fbclid=...", a Mailchimp subscriber's own "mc_eid"): they tell that site, and whoever it
 * shares them with, where each reader came from, and some name the one person whose click made the link. A warning
 * at the link gives the address without them.
 */
final class TrackingCodes {
    /** Codes that only track, by name. */
    private static final Set<String> NAMES = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_eid", "mc_cid",
            "_hsenc", "_hsmi", "igshid", "yclid", "twclid", "ttclid", "li_fat_id", "mkt_tok", "_ga", "_gl");
    /** Sites whose share buttons add "si", the sharer's own code. */
    private static final Set<String> SHARED_BY = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be",
            "open.spotify.com");

    private TrackingCodes() {
    }

    /** Warns at {@code at} if the address {@code url}, of another website, carries tracking codes. */
    static void warn(String url, Position at, Problems problems) {
        int query = url.indexOf('?');
        if (query < 0) {
            return;
        }
        int hash = url.indexOf('#', query);
        String params = hash < 0 ? url.substring(query + 1) : url.substring(query + 1, hash);
        String host = host(url);
        if (host.isEmpty()) {
            return; // a page of this site: what it is sent stays here (and a link to it is checked as one)
        }
        List<String> kept = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String param : params.split("&", -1)) {
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || NAMES.contains(name) || name.equals("si") && SHARED_BY.contains(host)) {
                if (!found.contains(name)) {
                    found.add(name);
                }
            } else if (!param.isEmpty()) {
                kept.add(param);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        String clean = url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept))
                + (hash < 0 ? "" : url.substring(hash));
        problems.warning(at, "this link's address has tracking codes in it (" + String.join(", ", found) + "), which tell the "
                        + "site it leads to, and whoever it shares them with, where each reader came from.",
                "Use the address without them: " + clean);
    }

    private static String host(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return "";
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
