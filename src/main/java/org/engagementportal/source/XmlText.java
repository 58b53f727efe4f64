package org.engagementportal.source;

/** Text for XML and HTML written by hand (sitemaps, feeds, reports): markup characters escaped. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes {@code & < > " '}, and drops every character XML 1.0 forbids (its {@code Char}: control characters, U+FFFE
     * and U+FFFF, half a surrogate pair), which would otherwise make a whole feed or sitemap unreadable: one invisible
     * character pasted into a bulletin stopped its series' and topics' feeds in every reader.
     */
    public static String escape(String s) {
        int n = s.length();
        char[] text = new char[n];
        s.getChars(0, n, text, 0); // read from an array: a feed carries whole pages, and a String's charAt checks each index
        StringBuilder b = null; // made at the first character to change: most titles and addresses have none
        int done = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c >= 0x20 && c < Character.MIN_SURROGATE && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'') {
                continue; // kept as it is, as almost every character is
            }
            String instead;
            switch (c) {
                case '<' -> instead = "&lt;";
                case '>' -> instead = "&gt;";
                case '&' -> instead = "&amp;";
                case '"' -> instead = "&quot;";
                case '\'' -> instead = "&apos;";
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                            i++; // a character beyond U+FFFF, whole
                            continue;
                        }
                        instead = "";
                    } else if ((c >= 0x20 && c < 0xFFFE && !Character.isLowSurrogate(c)) || c == '\n' || c == '\t' || c == '\r') {
                        continue;
                    } else {
                        instead = "";
                    }
                }
            }
            if (b == null) {
                b = new StringBuilder(n + 16);
            }
            b.append(text, done, i - done).append(instead);
            done = i + 1;
        }
        return b == null ? s : b.append(text, done, n - done).toString();
    }
}
